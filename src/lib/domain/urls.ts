import type { EntityType } from '$lib/domain/entities';

const LIST: Record<EntityType, string> = { Organisation: '/organisations', Contact: '/contacts' };

export const listPath = (type: EntityType) => LIST[type];
export const entityPath = (type: EntityType, id: string) => `${LIST[type]}/${id}`;
