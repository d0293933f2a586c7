// Pure authorization rules, unit-tested as plain functions. Queries still scope by membership in
// their `where` clauses; these rules decide what a screen offers and what an action may attempt.

export type Role = 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'

export interface Actor {
  id: string
  role: Role
}

export interface ClassAccess {
  /** The actor's active (not removed) membership role in the class, if any. */
  membershipRole: 'STUDENT' | 'INSTRUCTOR' | null
}

export type Action =
  | 'create-instructor-invite'
  | 'create-class'
  | 'manage-class'
  | 'view-class-as-student'
  | 'issue-password-reset'

export function can(actor: Actor | null, action: Action, resource?: ClassAccess): boolean {
  if (!actor) return false
  switch (action) {
    case 'create-instructor-invite':
    case 'create-class':
      return actor.role === 'INSTRUCTOR' || actor.role === 'ADMIN'
    case 'manage-class':
    case 'issue-password-reset':
      // A global instructor role is not enough: one must teach this class.
      return actor.role === 'ADMIN' || (actor.role === 'INSTRUCTOR' && resource?.membershipRole === 'INSTRUCTOR')
    case 'view-class-as-student':
      return resource?.membershipRole === 'STUDENT'
  }
}
