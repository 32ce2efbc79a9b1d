export { orgRoutes } from './org.routes.js';
export * as units from './unit.service.js';
export * as departments from './department.service.js';
export * as people from './person.service.js';
export * as leadingGroups from './leading-group.service.js';
export { unitInScope, scopePrefix } from './scope.js';
export { departmentInScope } from './department.service.js';
export { personInScope } from './person.service.js';
