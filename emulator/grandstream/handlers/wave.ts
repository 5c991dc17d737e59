import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { extensions } from '../models/extension.ts';
import { waveChats } from '../models/wave.ts';
import { qrLikePng } from '../png.ts';

/** Wave section (doc 1133-1230). */

function sipExtension(call: UcmCall, extension: string) {
  const row = extensions(call.context.state).get(extension);
  if (!row || row.tech !== 'SIP') fail('noSuchItem', `No such SIP extension: ${extension}`);
  return row;
}

export const waveHandlers: UcmHandlers = {
  cleanTerminalChatInformation: (call: UcmCall<{ extension: string }>) => {
    const { extension } = call.args;
    sipExtension(call, extension);
    waveChats(call.context.state).set(extension, { extension, messages: 0, cleared_at: call.context.clock.now() });
    return ok({ need_apply: 'no' as const });
  },

  getSIPAccountQR: (call: UcmCall<{ extension: string }>) => {
    const row = sipExtension(call, call.args.extension);
    const png = qrLikePng(`${call.args.extension}:${String(row.fields.secret ?? '')}`);
    return ok({ qr_base: png.toString('base64') });
  },
};
