import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** This process among the app instances sharing the database: who holds a lease, who ran a job. */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
