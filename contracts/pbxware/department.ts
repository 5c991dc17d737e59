import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, successOnly } from './shapes.ts';
import { doc } from './source.ts';

/** `{"success": "Department ID: 1", "id": 1, "name": "Department1"}` (doc 9318-9324, 9340-9346). */
export const departmentWriteResponse = z.object({ success: z.string(), id: z.number().int(), name: z.string() }).strict();

const TENANT_DECISION = {
  question: '`server` is "Tenant/Server ID (Required)" with no word on the Master tenant.',
  choice: 'Any existing tenant; a department is only visible and changeable through the tenant that owns it.',
};

export const departmentContracts = [
  pbxOperation({
    action: 'pbxware.department.list',
    summary: 'List departments (id → name), optionally of one tenant',
    kind: 'read',
    doc: [doc('9277-9304')],
    request: args({ server: arg.optionalId() }),
    response: keyedList(z.object({ name: z.string() }).strict()),
    errors: ['tenantNotFound'],
    decisions: [{ question: '`server` is optional ("Filter departments by tenant/server").', choice: 'Without it the departments of every tenant are listed.' }],
  }),
  pbxOperation({
    action: 'pbxware.department.add',
    summary: 'Add a department to a tenant',
    kind: 'write',
    doc: [doc('9306-9326')],
    request: args({ server: arg.id(), name: arg.required() }),
    response: departmentWriteResponse,
    errors: ['tenantNotFound', 'duplicate'],
    decisions: [
      TENANT_DECISION,
      { question: 'May two departments of a tenant share a name?', choice: 'No: a second department with the same name (case-insensitive) in the tenant is refused.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.department.edit',
    summary: 'Rename a department (partial update)',
    kind: 'write',
    doc: [doc('9328-9348')],
    request: args({ server: arg.id(), id: arg.id(), name: arg.required().optional() }),
    response: departmentWriteResponse,
    errors: ['tenantNotFound', 'notFound', 'duplicate'],
    decisions: [TENANT_DECISION, { question: 'Edit without `name`.', choice: 'Changes nothing and answers as a successful edit.' }],
  }),
  pbxOperation({
    action: 'pbxware.department.delete',
    summary: 'Delete a department',
    kind: 'write',
    doc: [doc('9350-9370')],
    request: args({ server: arg.id(), id: arg.id() }),
    response: successOnly,
    errors: ['tenantNotFound', 'notFound'],
    decisions: [
      TENANT_DECISION,
      { question: 'Extensions that belong to the department.', choice: 'The department is removed from their `department` lists; its apps template goes with it (pbxware.md §7 A19).' },
    ],
  }),
];
