curl -sS -X POST 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/modules/Md3qWe6RtY8u1/sessions?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Session>
  <Id/>
  <Name>Forklift Workshop, Bristol (November)</Name>
  <InstructorUserId>Pz6yHn3KsW8d1</InstructorUserId>
  <InstructorName>Carla Mendes</InstructorName>
  <SessionType>1</SessionType>
  <Days>
    <SessionDay>
      <Id/>
      <StartDate>2026-11-12T09:00:00</StartDate>
      <EndDate>2026-11-12T16:30:00</EndDate>
      <StartTime>9:00AM</StartTime>
      <EndTime>4:30PM</EndTime>
      <SendReminder>true</SendReminder>
      <ReminderValue>1</ReminderValue>
      <ReminderMetric>days</ReminderMetric>
    </SessionDay>
  </Days>
  <TimeZone>GMT Standard Time</TimeZone>
  <Location>Bristol Training Centre</Location>
  <LocationId>6401</LocationId>
  <StartDate>2026-11-12T09:00:00</StartDate>
  <EndDate>2026-11-12T16:30:00</EndDate>
  <Slots>12</Slots>
  <EnableWaitList>true</EnableWaitList>
</Session>
XML
