import { GREETING_EXTENSIONS, GREETING_MIME_TYPES, SYSTEM_GREETING } from '../../../contracts/portsip/greetings.ts';
import type { PackContext } from '../../core/pack.ts';
import { fail } from '../call.ts';
import { requireExtension } from '../models/extensions.ts';
import { folderOf, greetingFolders, resolveGreeting, type GreetingFile, type GreetingFolder } from '../models/greetings.ts';
import { pageOf, type PagingArgs } from '../paging.ts';
import type { PortsipHandler } from './types.ts';

const notFound = (message: string): never => fail('notFound', message);

function checkType(name: string, mimetype?: string): void {
  const lower = name.toLowerCase();
  if (!GREETING_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    fail('unsupportedFile', `Greeting files must be ${GREETING_EXTENSIONS.join(' or ')}: "${name.slice(0, 80)}".`);
  }
  if (mimetype !== undefined && !(GREETING_MIME_TYPES as readonly string[]).includes(mimetype.toLowerCase()) && !/^audio\//i.test(mimetype)) {
    fail('unsupportedFile', `Greeting content type ${mimetype.slice(0, 80)} is not audio.`);
  }
}

function addFile(context: PackContext, extension: string, file: GreetingFile): undefined {
  requireExtension(context, extension, notFound);
  checkType(file.filename, file.content_type);
  const folder = folderOf(context.state, extension);
  if (resolveGreeting(folder, file.filename) === file.filename) fail('duplicate', `Greeting file ${file.filename} already exists.`);
  greetingFolders(context.state).set(extension, { ...folder, files: [...folder.files, file] });
  return undefined;
}

/** The file a setup/remove names, or 404. */
function namedFile(context: PackContext, extension: string, name: string): { folder: GreetingFolder; filename: string } {
  requireExtension(context, extension, notFound);
  const folder = folderOf(context.state, extension);
  const filename = resolveGreeting(folder, name);
  if (!filename) fail('notFound', `Extension ${extension} has no greeting file ${name.slice(0, 80)}.`);
  return { folder, filename };
}

const add: PortsipHandler<{ extension_number: string; filename?: string; url?: string }> = ({ args, context }) => {
  let filename = args.filename;
  if (filename === undefined && args.url !== undefined) {
    filename = decodeURIComponent(args.url.split(/[?#]/)[0].split('/').pop() ?? '');
    if (!filename || /[\\/\0]/.test(filename) || filename.startsWith('.')) fail('invalidParameter', 'url does not end in a file name; give filename.');
  }
  if (filename === undefined) fail('invalidParameter', 'Give filename or url.');
  return addFile(context, args.extension_number, { filename, ...(args.url === undefined ? {} : { url: args.url }) });
};

const upload: PortsipHandler<{ extension_number: string; file: { filename: string; mimetype: string; size: number } }> = ({ args, context }) =>
  addFile(context, args.extension_number, { filename: args.file.filename, size: args.file.size, content_type: args.file.mimetype });

const setup: PortsipHandler<{ extension_number: string; filename: string }> = ({ args, context }) => {
  const { folder, filename } = namedFile(context, args.extension_number, args.filename);
  greetingFolders(context.state).set(args.extension_number, { ...folder, default_file: filename });
  return undefined;
};

const remove: PortsipHandler<{ extension_number: string; filename: string }> = ({ args, context }) => {
  const { folder, filename } = namedFile(context, args.extension_number, args.filename);
  if (filename === SYSTEM_GREETING) fail('notFound', `${SYSTEM_GREETING} is built in and cannot be removed.`);
  greetingFolders(context.state).set(args.extension_number, {
    default_file: folder.default_file === filename ? SYSTEM_GREETING : folder.default_file,
    files: folder.files.filter((f) => f.filename !== filename),
  });
  return undefined;
};

const list: PortsipHandler<PagingArgs & { extension_number: string }> = ({ args, context }) => {
  requireExtension(context, args.extension_number, notFound);
  const folder = folderOf(context.state, args.extension_number);
  const builtIn = context.quirks['default-greeting-trailing-comma'] ? `${SYSTEM_GREETING},` : SYSTEM_GREETING;
  const all = [
    { filename: builtIn, enabled: folder.default_file === SYSTEM_GREETING },
    ...folder.files.map((f) => ({ filename: f.filename, enabled: f.filename === folder.default_file })),
  ];
  const { envelope, items } = pageOf(context, all, args);
  return context.quirks['greeting-list-sample-shape']
    ? { ...envelope, default_file: folder.default_file, files: items }
    : { ...envelope, greetings: items };
};

export const greetingHandlers: Record<string, PortsipHandler> = {
  'POST /api/extensions/greeting_file/add': add,
  'POST /api/extensions/greeting_file/upload': upload,
  'POST /api/extensions/greeting_file/setup': setup,
  'POST /api/extensions/greeting_file/remove': remove,
  'GET /api/extensions/greeting_file/list': list,
};
