import type { JoinColumnOptions } from 'typeorm';

/**
 * The join columns of a composite foreign key `(column, clinic_id) → parent(id, clinic_id)`.
 * Foreign-key checks ignore row-level security, so including the clinic is what stops a row
 * from pointing into another clinic.
 */
export function sameClinicJoin(column: string, constraint: string): JoinColumnOptions[] {
  return [
    { name: column, referencedColumnName: 'id', foreignKeyConstraintName: constraint },
    { name: 'clinic_id', referencedColumnName: 'clinicId', foreignKeyConstraintName: constraint },
  ];
}
