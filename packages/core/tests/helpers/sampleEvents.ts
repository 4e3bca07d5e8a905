/** Raw events (as a curator sends them) for tests. Dates follow the 2025 Ottawa withdrawals. */
export const rawEvent = {
  ltNotified: {
    id: 'lt-apmbc-notified',
    state: 'LT',
    type: 'withdrawal-notified',
    treaty: 'apmbc',
    date: '2025-06-27',
    source: 'https://treaties.un.org/doc/Publication/CN/2025/CN.246.2025-Eng.pdf',
  },
  plAnnounced: {
    id: 'pl-apmbc-announced',
    state: 'PL',
    type: 'withdrawal-announced',
    treaty: 'apmbc',
    date: '2025-03-18',
    source: 'https://www.gov.pl/web/obrona-narodowa',
  },
  uaDecree: {
    id: 'ua-apmbc-decree',
    state: 'UA',
    type: 'withdrawal-announced',
    treaty: 'ottawa',
    date: '2025-06-29',
    source: 'https://www.president.gov.ua/documents/4252025-55217',
  },
} as const;
