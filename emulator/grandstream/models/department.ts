import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** A department (doc 1054-1131): a tree through `father_id` (0 = root). */
export interface DepartmentRow {
  auth: string;
  cloud_department_id: number;
  cloud_father_id: number;
  department_id: number;
  father_id: number;
  name: string;
  policy_id: number;
  type: number;
}

export const departments = (state: VendorState) => state.table<DepartmentRow>(TABLES.departments);
