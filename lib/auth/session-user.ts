import type { Discipline, Role } from "@/lib/domain/vocabulary";

/** The signed-in user as every page, action and DAL function sees it (fresh from the database). */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  disciplines: Discipline[];
};
