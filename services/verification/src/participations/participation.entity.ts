import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('participation')
export class Participation {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id' })
  tenantId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column('integer')
  points: number;

  @Column()
  method: 'qr-gps' | 'steward' | 'integration';

  @Column({ name: 'verified_at', type: 'timestamptz' })
  verifiedAt: Date;
}
