import { apiHandler } from "@/lib/api/door";
import { ROUTES } from "@/lib/api/routes";

export const GET = apiHandler(ROUTES.check);
