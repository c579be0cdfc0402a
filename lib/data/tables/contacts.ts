import type { ContactRecord } from '../../core/model/call';
import { table } from './table';

/** Contacts seen (by their keyed hash), for repeat calls. */
export const contactsTable = table<ContactRecord, string>({
  versions: { 1: 'contactKey, lastCallAt' },
  backup: 'rows',
  personal: true,
  purge: (contacts, cutoff) => contacts.where('lastCallAt').below(cutoff.time).delete(),
});
