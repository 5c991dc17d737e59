import { commaList } from '../../../contracts/pbxware/args.ts';
import { fail, type PbxHandlers } from '../call.ts';
import { archivingReports } from '../models/archiving.ts';
import { keyed } from '../views.ts';
import { parseWindow } from './cdr.ts';

const STATUSES = ['SUCCESS', 'FAILURE', 'PARTIAL'];

export const archivingHandlers: PbxHandlers = {
  // Reports of the window, filtered by status list and tenant code (doc 6296-6338).
  'pbxware.archiving.list': ({ args, context }) => {
    const { from, to } = parseWindow(
      { name: 'start_date', date: args.start_date, time: args.start_time },
      { name: 'end_date', date: args.end_date, time: args.end_time },
    );
    const wanted = commaList(args.status)
      .filter((s) => s !== '')
      .map((s) => s.toUpperCase());
    const unknown = wanted.find((s) => !STATUSES.includes(s));
    if (unknown) fail('invalidArgument', `Invalid status '${unknown}': use SUCCESS, FAILURE or PARTIAL.`);
    const code = args.tenant === undefined || args.tenant === '' ? undefined : String(args.tenant);
    const rows = archivingReports(context.state).filter(
      (r) =>
        r.at >= from &&
        r.at <= to &&
        (wanted.length === 0 || wanted.includes(r.report.status)) &&
        (code === undefined || r.report.tenant === code),
    );
    return keyed(rows, (r) => r.report);
  },
};
