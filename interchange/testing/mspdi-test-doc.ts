/** A small MSPDI document for the reader and writer tests: one standard calendar, the given tasks. */
export function mspdiDoc(tasks: string, project = '', assignments = ''): string {
  const day = `<DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>`;
  const week = [1, 2, 3, 4, 5, 6, 7]
    .map(
      (d) =>
        `<WeekDay><DayType>${d}</DayType>${d === 1 || d === 7 ? '<DayWorking>0</DayWorking>' : day}</WeekDay>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>t.xml</Name>
  <StartDate>2027-01-04T08:00:00</StartDate>
  <CalendarUID>1</CalendarUID>
  ${project}
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${week}</WeekDays></Calendar></Calendars>
  <Tasks>${tasks}</Tasks>
  ${assignments}
</Project>`;
}

/** A `<Task>` at outline level 1 (unless the fields say otherwise), 5 working days long by default. */
export function mspdiTask(uid: number, fields = ''): string {
  const own = fields.replace(/<Baseline>.*?<\/Baseline>/gs, '');
  const level = own.includes('<OutlineLevel>') ? '' : '<OutlineLevel>1</OutlineLevel>';
  const duration = own.includes('<Duration>') ? '' : '<Duration>PT40H0M0S</Duration>';
  const format = own.includes('<DurationFormat>') ? '' : '<DurationFormat>7</DurationFormat>';
  return `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name>${level}${duration}${format}${fields}</Task>`;
}
