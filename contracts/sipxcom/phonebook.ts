import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { pathId } from './shapes.ts';
import { FIELD_EVIDENCE, doc } from './source.ts';

/**
 * Shared phone books (doc 2696-2760), administrator only. `GET /phonebook/{name}` is documented under
 * `/sipxconfig/rest` by the cURL example of doc 73-75 ("print the content of a phonebook named ‘sales’
 * to standard CSV output"); `/phonebook` is its sibling (index A1, O4).
 */
const BASE_LIST = { base: 'rest' as const, baseNote: 'not documented for this URI; /rest/phonebook/{name} is (doc 75), index A1 and O4 (Restlet /phonebook)' };
const BASE_ONE = { base: 'rest' as const, baseNote: 'documented by the cURL example of doc 75 (…/sipxconfig/rest/phonebook/sales)' };

/** The CSV header of a phone book (the properties of doc 2738-2748; index A22). */
export const PHONEBOOK_CSV_HEADER = 'firstName,lastName,number';

export const phonebookContracts = [
  sipxOperation({
    id: 'GET /phonebook',
    ...BASE_LIST,
    summary: 'Retrieves a list of all phone books saved in the database.',
    kind: 'read',
    doc: [doc('2696-2724')],
    request: z.object({}),
    response: z.object({ phonebooks: z.array(z.object({ name: z.string() })) }),
    produces: ['xml', 'json'],
    decisions: [
      {
        question: 'Shape ("phonebooks: The phonebook name.", no example)?',
        choice: 'Root `phonebooks`, one item `phonebook` per phone book with its `name` (the {name} of GET /phonebook/{name}), sorted by name.',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /phonebook/{name}',
    ...BASE_ONE,
    summary: 'Retrieves all the entries of the phone book, as CSV.',
    kind: 'read',
    doc: [doc('2726-2760'), doc('73-75', 'the content of a phonebook named ‘sales’ to standard CSV output')],
    request: z.object({ name: pathId }),
    response: z.string(),
    produces: ['csv'],
    errors: ['notFound'],
    decisions: [
      {
        question: 'CSV layout (index A22)?',
        choice: `A header line \`${PHONEBOOK_CSV_HEADER}\` (the properties of 2738-2748), then one line per entry — the users of the phone book's member groups, then its own entries — sorted by last name, first name; RFC 4180 quoting; CRLF line ends; text/comma-separated-values (${FIELD_EVIDENCE} (V): text/comma-separated-values for the phonebook). Whatever Accept asks, the answer is CSV.`,
      },
      { question: 'Unknown name?', choice: '404 ERROR_OBJECT_NOT_FOUND.' },
    ],
  }),
];
