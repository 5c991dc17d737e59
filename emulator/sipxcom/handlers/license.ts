import { fail, type SipxCall, type SipxHandler } from '../call.ts';
import { currentLicense, LICENSE_KEY, LICENSE_UID, licenses, licenseView } from '../models/license.ts';

/** Licensing (Uniteme only, doc 1314-1346): read the license, set its universal ID. */
export const licenseHandlers: Record<string, SipxHandler> = {
  'GET /license': ({ context }: SipxCall) => licenseView(currentLicense(context)),

  'POST /license': (call: SipxCall<{ uid: string }>) => {
    const uid = call.args.uid.trim();
    if (!LICENSE_UID.test(uid)) fail('validationFailed', 'Failed input validation: a license UID is 1-64 letters, digits, ".", "-" or "_"');
    const updated = { ...currentLicense(call.context), uid };
    licenses(call.context).set(LICENSE_KEY, updated);
    return licenseView(updated);
  },
};
