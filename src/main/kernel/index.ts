/**
 * What every area builds on: the handler contexts the backend gives a route (read, write, job), the
 * use-case context (db, actor, now) and the session helpers. No area owns these.
 */
export type { Db, ReadDb } from '../db/handles'
export type {
  AuditEventInput,
  AuditNote,
  ContextFor,
  Handler,
  HandlerMap,
  HostServices,
  JobContext,
  ReadContext,
  WriteContext,
} from './handler'
export { type Actor, actorOf, requireSession, type Session } from './session'
export { type UseCase, useCase } from './use-case'
