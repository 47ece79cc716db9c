import { Caller } from '../auth/caller';
import {
  EVENT_TICKET,
  eventTicketKey,
  eventTicketLifetimeMs,
  newEventTicket,
} from './event-ticket';

const now = Date.parse('2025-06-01T12:00:00Z');
const caller = (expiresInMs: number): Caller => ({
  userId: '0194f1de-0000-7000-8000-000000000001',
  tenant: 'cascais',
  role: 'citizen',
  generation: 2,
  expiresAt: now + expiresInMs,
});

describe('event tickets', () => {
  it('live 30 seconds', () => {
    expect(eventTicketLifetimeMs(caller(15 * 60_000), now)).toBe(30_000);
  });

  it('never outlive the access token they were issued for', () => {
    expect(eventTicketLifetimeMs(caller(12_000), now)).toBe(12_000);
    expect(eventTicketLifetimeMs(caller(-1), now)).toBeLessThanOrEqual(0);
  });

  it('are 256 random bits, never alike, and never shaped like an access token', () => {
    const tickets = new Set(Array.from({ length: 1000 }, newEventTicket));
    expect(tickets.size).toBe(1000);
    for (const ticket of tickets) {
      expect(ticket).toMatch(EVENT_TICKET);
      expect(ticket).not.toContain('.');
    }
  });

  it('are kept under their hash, so whoever reads Redis cannot use them', () => {
    const ticket = newEventTicket();
    const key = eventTicketKey('test:', ticket);
    expect(key.startsWith('test:event-tickets:')).toBe(true);
    expect(key).not.toContain(ticket);
    expect(eventTicketKey('test:', ticket)).toBe(key);
    expect(eventTicketKey('test:', newEventTicket())).not.toBe(key);
  });
});
