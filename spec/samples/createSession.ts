import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.sessions.create({
  courseId: "Cs2dFg6HkL9m1",
  moduleId: "Md3qWe6RtY8u1",
  body: {
    Id: "",
    Name: "Forklift Workshop, Bristol (November)",
    InstructorUserId: "Pz6yHn3KsW8d1",
    InstructorName: "Carla Mendes",
    SessionType: 1,
    Days: [
      {
        Id: "",
        StartDate: "/Date(1794474000000)/",
        EndDate: "/Date(1794501000000)/",
        StartTime: "9:00AM",
        EndTime: "4:30PM",
        SendReminder: true,
        ReminderValue: 1,
        ReminderMetric: "days"
      }
    ],
    TimeZone: "GMT Standard Time",
    Location: "Bristol Training Centre",
    LocationId: 6401,
    StartDate: "/Date(1794474000000)/",
    EndDate: "/Date(1794501000000)/",
    Slots: 12,
    EnableWaitList: true
  }
});
console.log(result);
