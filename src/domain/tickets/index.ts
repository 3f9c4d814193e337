export { computeDeadlines, isOverdue, nextDeadline, DEADLINE_KINDS, type Deadlines } from './deadlines';
export { transitionTicket, type TransitionResult } from './ticket-transition';
export { createTicket, assignTicket, setTicketLocation, TICKET_NUMBER_PREFIX, type CreateTicketInput } from './ticket.service';
export {
  listOpenTicketsFor, findTicketByNumber, getTicketWithHistory, listTickets, isVisibleTo,
  type OwnerViewer, type TicketFilter,
} from './ticket-queries';
export { findRepeatedComplaint } from './complaint-repeat';
