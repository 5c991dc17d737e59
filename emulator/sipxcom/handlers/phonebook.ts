import { PHONEBOOK_CSV_HEADER } from '../../../contracts/sipxcom/phonebook.ts';
import { notFound, type SipxCall, type SipxHandler } from '../call.ts';
import { findPhonebook, phonebookCsv, phonebooks } from '../models/phonebook.ts';

export const phonebookHandlers: Record<string, SipxHandler> = {
  'GET /phonebook': ({ context }: SipxCall) => ({
    phonebooks: phonebooks(context)
      .values()
      .map((p) => ({ name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }),

  'GET /phonebook/{name}': (call: SipxCall<{ name: string }>) => {
    const book = findPhonebook(call.context, call.args.name) ?? notFound(call, `phonebook ${call.args.name}`);
    return phonebookCsv(call.context, book, PHONEBOOK_CSV_HEADER);
  },
};
