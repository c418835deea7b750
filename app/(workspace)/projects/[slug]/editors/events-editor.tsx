"use client";

import { deleteEvent } from "../actions";
import { AddRecord, ManageRecords } from "./disclosure";
import { describeEvent, EventForm } from "./event-form";
import { RecordList } from "./record-list";
import { useDashboardData } from "./use-record-mutation";

/** Events section: add, correct or delete events. */
export function EventsEditor({ slug }: { slug: string }) {
  const { events } = useDashboardData(slug);
  return (
    <div className="editor">
      <AddRecord label="Add event">{(done) => <EventForm slug={slug} onDone={done} />}</AddRecord>
      <ManageRecords summary={`Manage events (${events.length})`}>
        <RecordList
          slug={slug}
          listKey="events"
          entity="event"
          noun="event"
          records={events}
          describe={describeEvent}
          renderEdit={(event, done) => <EventForm slug={slug} event={event} onDone={done} />}
          deleteAction={deleteEvent}
        />
      </ManageRecords>
    </div>
  );
}
