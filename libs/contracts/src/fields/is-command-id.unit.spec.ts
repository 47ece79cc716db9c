import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsCommandId } from './is-command-id';

class Transfer {
  @IsCommandId()
  transferId: string;
}

describe('command ids', () => {
  it('takes a UUID written in capitals as the same id, in lower case', () => {
    const id = 'A0F1C2D3-4B5C-4D6E-8F90-123456789ABC';
    const transfer = plainToInstance(Transfer, { transferId: id });
    expect(validateSync(transfer)).toEqual([]);
    expect(transfer.transferId).toBe(id.toLowerCase());
  });

  it.each(['K', '', 42, undefined])('refuses %p, naming the field', (transferId) => {
    const [error] = validateSync(plainToInstance(Transfer, { transferId }));
    expect(Object.values(error.constraints ?? {})).toEqual(['transferId must be a UUID']);
  });
});
