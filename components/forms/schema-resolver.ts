import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * zodResolver for a form whose values are not exactly the action's input (a hidden choice, an
 * empty optional field): `toInput` turns the values into what the action is sent, and the server's
 * own schema checks that. Field paths stay the same, so errors land on the form's fields.
 */
export function schemaResolver<V extends FieldValues, S extends z.ZodType>(
  schema: S,
  toInput: (values: V) => Partial<z.input<S>>,
): Resolver<V, unknown, z.output<S>> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<V, unknown, z.output<S>>;
  return (values, context, options) => resolve(toInput(values) as unknown as V, context, options);
}
