import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, successNumericId } from './shapes.ts';
import { doc } from './source.ts';

/** One `apps.list` slot: integers, extension numbers as integers (doc 8893-8958). */
const appSlot = z
  .object({ total: z.number().int(), in_use: z.number().int(), extensions: z.array(z.number().int()) })
  .strict();

const SEPARATOR_DECISION = {
  question: 'The modules separator is printed as „ (U+201E), the editions one as ",".',
  choice: 'An extraction artefact for ","; both are accepted in both lists. Names are case-insensitive; `all` selects every one, `none` clears; an unknown name is an error.',
};

export const appsContracts = [
  pbxOperation({
    action: 'pbxware.apps.list',
    summary: 'GloCOM edition and module slots: total, in use and the extensions using them',
    kind: 'read',
    doc: [doc('8854-8959')],
    request: args({ server: arg.optionalId() }),
    response: z.union([
      z
        .object({
          OFFICE: appSlot,
          BUSINESS: appSlot,
          WEB: appSlot,
          AGENT: appSlot,
          SUPERVISOR: appSlot,
          MOBILE: appSlot,
          CRM: appSlot,
          'Call Popup': appSlot,
        })
        .catchall(appSlot),
      z.tuple([]),
    ]),
    errors: ['tenantNotFound', 'masterTenant'],
    tags: ['keyed-by-name'],
    decisions: [
      { question: '`server` is "required in Tenant Mode"; ID 1 "cannot be used".', choice: 'Enforced as written (optional outside Tenant Mode, where it means tenant 1).' },
      { question: 'Where do `in_use` and `extensions` come from?', choice: 'Derived from the tenant\'s extensions: their editions/modules (`ext.editions_modules.set`), or their departments\' templates when `use_department_templates` is 1; `all` counts for every slot (pbxware.md §7 A35). `extensions` lists numbers ascending.' },
      { question: 'Which keys?', choice: 'The sample\'s eight (OFFICE, BUSINESS, WEB, AGENT, SUPERVISOR, MOBILE, CRM, "Call Popup"), always, in that order; `total` is the licensed slot count (the sample\'s figures by default).', quirk: 'apps-list-keyed-by-name' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.apps.templates.set',
    summary: 'Set the editions/modules template of a department',
    kind: 'write',
    doc: [doc('8973-9000')],
    request: args({ server: arg.id(), department_id: arg.id(), editions: arg.optional(), modules: arg.optional() }),
    response: successNumericId,
    errors: ['tenantNotFound', 'notFound'],
    decisions: [
      SEPARATOR_DECISION,
      { question: 'A list not sent.', choice: 'Kept as it was; a list sent replaces the previous one.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.apps.templates.list',
    summary: 'Apps templates of every department of a tenant',
    kind: 'read',
    doc: [doc('9002-9027')],
    request: args({ server: arg.id() }),
    response: keyedList(
      z
        .object({ department_id: z.number().int(), department_name: z.string(), editions: z.string(), modules: z.string() })
        .strict(),
    ),
    errors: ['tenantNotFound'],
    decisions: [
      { question: '"List Templates for all departments": also those without a template?', choice: 'Every department of the tenant; `editions`/`modules` are "" where no template was set.' },
    ],
  }),
];
