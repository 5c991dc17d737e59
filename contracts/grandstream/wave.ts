import { z } from 'zod';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { envelope, needApply } from './shapes.ts';
import { doc } from './source.ts';

/* Wave (doc 1133-1230): the Wave client of an extension. */

const NOT_FOUND = {
  question: 'An extension that does not exist',
  choice: '-16 "No such item. Please refresh the page and try again" (ucm.md A14).',
};

export const waveContracts = [
  ucmOperation({
    action: 'cleanTerminalChatInformation',
    section: 'wave',
    summary: "Clear the chat history of an extension's Wave client",
    kind: 'write',
    doc: [doc('1135-1179')],
    params: { extension: p.digits(2, 18) },
    response: needApply('no'),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND,
      { question: 'What is cleared', choice: 'The extension\'s Wave chat history (table wave_chats: message count to 0, cleared_at set); nothing waits for applyChanges (need_apply "no", doc 1150-1157).' },
      { question: 'The failure table is headed "chatTerminalChatInformation" and the success text says "updateUser" (doc 1161-1172)', choice: 'Copy-paste slips in the document; the action is cleanTerminalChatInformation.' },
    ],
    examples: [{ request: { action: 'cleanTerminalChatInformation', extension: '1007' }, response: { response: { need_apply: 'no' }, status: 0 }, doc: doc('1139-1157') }],
  }),
  ucmOperation({
    action: 'getSIPAccountQR',
    section: 'wave',
    summary: "An extension's Wave login QR code as a base64 PNG",
    kind: 'read',
    doc: [doc('1181-1230')],
    params: { extension: p.digits(2, 18) },
    response: envelope(z.object({ qr_base: z.string().regex(/^iVBORw0KGgo[A-Za-z0-9+/=]*$/, 'is base64 PNG data') }).strict()),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND,
      { question: 'IAX and FXS accounts', choice: '-16: only SIP accounts log into Wave.' },
      { question: 'The picture (the doc suggests `base64 -d aa.txt > test.jpg`, but the data is PNG, doc 1226)', choice: 'A valid PNG (base64, no line breaks), deterministic for the account\'s number and secret: a 33×33-module pattern with QR finder squares. It is not a decodable QR code (gap: no QR encoder without a new dependency).' },
      { question: 'The example request has no cookie (doc 1185-1190)', choice: 'A cookie is required as for every action ("If the cookie is invalid, error code -6 will be returned", doc 1219).' },
    ],
  }),
];
