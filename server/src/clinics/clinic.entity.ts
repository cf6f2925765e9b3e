import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'clinic' })
export class ClinicEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'clinic_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
