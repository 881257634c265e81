import { defineMessage } from '../define';
import { logEventRequest, logEventResponse } from '../event-log';

export const eventMessages = {
  'events.log': defineMessage({
    doc: 'Stores an event and one outreach touch per attending physician (through the outreach write path) in one transaction in the background.',
    senders: ['popup', 'activity'],
    request: logEventRequest,
    response: logEventResponse,
  }),
};
