// class-transformer's @Type reads decorator metadata; Nest services load this at start-up.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsString, ValidateNested } from 'class-validator';
import { defineEvent } from './define-event';
import { ParticipationVerified } from './events/participation-verified';
import { InvalidEventError } from './invalid-event-error';
import { participationVerifiedData } from './testing/participation-verified-data';
import { Topics } from './topics';
import { validateEventData } from './validate-event-data';

class Place {
  @IsString()
  name: string;
}

class Located {
  @ValidateNested()
  @Type(() => Place)
  place: Place;
}

const LocatedEvent = defineEvent({
  type: 'test.Located.v1',
  topic: Topics.activities,
  payload: Located,
});

describe('validateEventData', () => {
  it('returns valid data as it is', () => {
    const data = participationVerifiedData();
    expect(validateEventData(ParticipationVerified, data)).toBe(data);
  });

  it('lists every wrong field with its path', () => {
    const data = { ...participationVerifiedData(), userId: 'me', method: 'guess' };
    expect(() => validateEventData(ParticipationVerified, data)).toThrow(
      new InvalidEventError(
        'data.userId: userId must be a UUID; ' +
          'data.method: method must be one of the following values: qr-gps, qr, steward, integration',
      ),
    );
  });

  it('refuses fields the schema does not know', () => {
    const data = { ...participationVerifiedData(), tenantId: 'cascais' };
    expect(() => validateEventData(ParticipationVerified, data)).toThrow(
      new InvalidEventError('data.tenantId: property tenantId should not exist'),
    );
  });

  it('names the path of a wrong nested field', () => {
    expect(() => validateEventData(LocatedEvent, { place: { name: 7 } })).toThrow(
      new InvalidEventError('data.place.name: name must be a string'),
    );
  });

  it.each([null, 'text', 42, []])('refuses %p as data', (data) => {
    expect(() => validateEventData(ParticipationVerified, data)).toThrow(
      new InvalidEventError('data must be a JSON object'),
    );
  });

  it('refuses an unknown type', () => {
    expect(() => validateEventData('x', {})).toThrow(InvalidEventError);
    expect(() => validateEventData('x', {})).toThrow('unknown event type "x"');
  });
});
