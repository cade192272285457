import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import { formatIsoDuration, parseIsoDuration, readMspdi } from './index.js';

const at = (s: string): number => parseLocalDateTime(s)!;

function task(fields: string): string {
  return `<Task>${fields}</Task>`;
}

const WORKDAY = `<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>`;

const DOC = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>t.xml</Name>
  <ScheduleFromStart>1</ScheduleFromStart>
  <StartDate>2014-10-17T08:00:00</StartDate>
  <FinishDate>2014-11-17T17:00:00</FinishDate>
  <CriticalSlackLimit>1</CriticalSlackLimit>
  <CalendarUID>1</CalendarUID>
  <MinutesPerDay>480</MinutesPerDay>
  <MinutesPerWeek>2400</MinutesPerWeek>
  <DaysPerMonth>20</DaysPerMonth>
  <DurationFormat>8</DurationFormat>
  <HonorConstraints>1</HonorConstraints>
  <Calendars>
    <Calendar>
      <UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
      <WeekDays>
        <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
        <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking>${WORKDAY}</WeekDay>
        <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
        <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2014-10-20T00:00:00</FromDate><ToDate>2014-10-20T23:59:00</ToDate></TimePeriod></WeekDay>
      </WeekDays>
      <Exceptions>
        <Exception><TimePeriod><FromDate>2014-10-21T00:00:00</FromDate><ToDate>2014-10-22T23:59:00</ToDate></TimePeriod><Occurrences>2</Occurrences><Name>Off</Name><Type>1</Type><DayWorking>0</DayWorking></Exception>
        <Exception><TimePeriod><FromDate>2015-01-01T00:00:00</FromDate><ToDate>2015-03-02T23:59:00</ToDate></TimePeriod><Occurrences>3</Occurrences><Name>First Monday</Name><Type>5</Type><Period>1</Period><MonthItem>4</MonthItem><MonthPosition>0</MonthPosition><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>14:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></Exception>
        <Exception><TimePeriod><FromDate>2016-01-01T00:00:00</FromDate><ToDate>2018-02-02T23:59:00</ToDate></TimePeriod><Occurrences>3</Occurrences><Type>2</Type><Month>1</Month><MonthDay>2</MonthDay><DayWorking>0</DayWorking></Exception>
        <Exception><TimePeriod><FromDate>2016-01-01T00:00:00</FromDate><ToDate>2016-01-20T23:59:00</ToDate></TimePeriod><Occurrences>3</Occurrences><Type>6</Type><Period>2</Period><DaysOfWeek>10</DaysOfWeek><DayWorking>0</DayWorking></Exception>
      </Exceptions>
    </Calendar>
    <Calendar>
      <UID>2</UID><Name>Night</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>
      <WeekDays>
        <WeekDay><DayType>3</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>20:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
        <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2014-10-28T00:00:00</FromDate><ToDate>2014-10-29T23:59:00</ToDate></TimePeriod></WeekDay>
      </WeekDays>
    </Calendar>
  </Calendars>
  <Tasks>
    ${task('<UID>0</UID><ID>0</ID><Name>Project</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary>')}
    ${task('<UID>1</UID><ID>1</ID><Name>Phase &amp; one</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary><Duration>PT24H0M0S</Duration><DurationFormat>7</DurationFormat>')}
    ${task(`<UID>2</UID><ID>2</ID><Name>A</Name><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration><DurationFormat>39</DurationFormat>
      <Start>2014-10-17T08:00:00</Start><Finish>2014-10-17T17:00:00</Finish>
      <EarlyStart>2014-10-17T08:00:00</EarlyStart><EarlyFinish>2014-10-17T17:00:00</EarlyFinish>
      <LateStart>2014-10-24T08:00:00</LateStart><LateFinish>2014-10-24T17:00:00</LateFinish>
      <TotalSlack>19200</TotalSlack><Critical>0</Critical>
      <ConstraintType>4</ConstraintType><ConstraintDate>2014-10-17T08:00:00</ConstraintDate><CalendarUID>2</CalendarUID>`)}
    ${task('<UID>3</UID><ID>3</ID><IsNull>1</IsNull><OutlineLevel>2</OutlineLevel>')}
    ${task(`<UID>5</UID><ID>4</ID><Name>B</Name><OutlineLevel>3</OutlineLevel><Duration>PT24H0M0S</Duration><DurationFormat>40</DurationFormat><CalendarUID>-1</CalendarUID>
      <ConstraintType>3</ConstraintType><ConstraintDate>2014-10-30T17:00:00</ConstraintDate><Deadline>2014-11-03T17:00:00</Deadline>
      <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>0</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>2</PredecessorUID><LinkLag>14400</LinkLag><LagFormat>8</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>2</Type><LinkLag>25</LinkLag><LagFormat>19</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>3</Type><LinkLag>-4800</LinkLag><LagFormat>39</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type></PredecessorLink>
      <PredecessorLink><PredecessorUID>99</PredecessorUID><Type>1</Type></PredecessorLink>`)}
    ${task('<UID>6</UID><ID>5</ID><Name>Manual</Name><OutlineLevel>1</OutlineLevel><Manual>1</Manual><Duration>PT0H0M0S</Duration><Milestone>1</Milestone>')}
    ${task('<UID>7</UID><ID>6</ID><Name>Off</Name><OutlineLevel>1</OutlineLevel><Active>0</Active><Duration>PT8H0M0S</Duration>')}
    ${task('<UID>8</UID><ID>7</ID><Name>Started</Name><OutlineLevel>2</OutlineLevel><ActualStart>2014-10-17T08:00:00</ActualStart><Duration>PT1H30M0S</Duration><DurationFormat>21</DurationFormat><ConstraintType>1</ConstraintType>')}
  </Tasks>
</Project>`;

describe('parseIsoDuration / formatIsoDuration', () => {
  it('reads PTnHnMnS, days and signs', () => {
    expect(parseIsoDuration('PT8H0M0S')).toBe(480);
    expect(parseIsoDuration('PT1H30M0S')).toBe(90);
    expect(parseIsoDuration('PT0H0M30S')).toBe(0.5);
    expect(parseIsoDuration('P1DT2H')).toBe(1560);
    expect(parseIsoDuration('-PT8H0M0S')).toBe(-480);
    expect(parseIsoDuration('PT431990H')).toBe(431990 * 60);
    expect(parseIsoDuration('8h')).toBeNull();
    expect(parseIsoDuration('PT')).toBeNull();
  });
  it('writes whole seconds and round-trips', () => {
    expect(formatIsoDuration(480)).toBe('PT8H0M0S');
    expect(formatIsoDuration(90.5)).toBe('PT1H30M30S');
    expect(formatIsoDuration(-4)).toBe('-PT0H4M0S');
    for (const m of [0, 1, 59, 60, 61, 479.5, 100000]) {
      expect(parseIsoDuration(formatIsoDuration(m))).toBe(m);
    }
  });
});

describe('readMspdi', () => {
  const read = readMspdi(DOC);

  it('reads the project settings', () => {
    expect(read.project).toMatchObject({
      name: 't.xml',
      startDate: at('2014-10-17T08:00'),
      finishDate: at('2014-11-17T17:00'),
      scheduleFromStart: true,
      calendarUid: 1,
      minutesPerDay: 480,
      criticalSlackLimitMinutes: 480,
      honorConstraints: true,
      durationFormat: 8,
    });
    expect(read.input.start).toBe(at('2014-10-17T08:00'));
    expect(read.input.projectCalendarId).toBe('1');
    expect(read.input.criticalSlackMinutes).toBe(480);
  });

  it('reads week days (1 = Sunday), 00:00 as 24:00, and the 2007+ exceptions only', () => {
    const [std, night] = read.input.calendars;
    expect(std!.week).toEqual({
      0: [],
      1: [
        { from: 480, to: 720 },
        { from: 780, to: 1020 },
      ],
      6: [],
    });
    expect(std!.baseCalendarId).toBeUndefined();
    expect(std!.exceptions).toEqual([
      { name: 'Off', from: '2014-10-21', to: '2014-10-22', intervals: [] },
      {
        name: 'First Monday',
        from: '2015-01-01',
        to: '2015-03-02',
        intervals: [{ from: 840, to: 1440 }],
        recurrence: { kind: 'monthly-weekday', every: 1, position: 1, weekday: 1 },
        occurrences: 3,
      },
      {
        from: '2016-01-01',
        to: '2018-02-02',
        intervals: [],
        recurrence: { kind: 'yearly-date', month: 2, day: 2 },
        occurrences: 3,
      },
      {
        from: '2016-01-01',
        to: '2016-01-20',
        intervals: [],
        recurrence: { kind: 'weekly', every: 2, weekdays: [1, 3] },
        occurrences: 3,
      },
    ]);
    expect(night).toMatchObject({
      id: '2',
      name: 'Night',
      baseCalendarId: '1',
      week: { 2: [{ from: 1200, to: 1440 }] },
      exceptions: [{ from: '2014-10-28', to: '2014-10-29', intervals: [] }],
    });
  });

  it('reads the legacy exception rows on request', () => {
    const legacy = readMspdi(DOC, { exceptionForm: 'legacy' });
    expect(legacy.input.calendars[0]!.exceptions).toEqual([
      { from: '2014-10-20', to: '2014-10-20', intervals: [] },
    ]);
  });

  it('reads tasks in outline order, skipping UID 0, null and inactive rows', () => {
    expect(read.input.tasks.map((t) => [t.id, t.uid, t.parentId])).toEqual([
      ['1', 1, null],
      ['2', 2, '1'],
      ['5', 5, '2'],
      ['6', 6, null],
      ['8', 8, '6'],
    ]);
    expect(read.input.tasks[0]!.name).toBe('Phase & one');
    expect(read.skipped).toEqual([
      { uid: 3, reason: 'null' },
      { uid: 6, reason: 'manual' },
      { uid: 7, reason: 'inactive' },
      { uid: 8, reason: 'progress' },
    ]);
  });

  it('reads durations, elapsed formats (+32 too), project-default format, milestones, calendars', () => {
    const byId = new Map(read.input.tasks.map((t) => [t.id, t]));
    expect(byId.get('2')!.duration).toEqual({ kind: 'working', minutes: 480 });
    expect(byId.get('2')!.calendarId).toBe('2');
    expect(byId.get('5')!.duration).toEqual({ kind: 'elapsed', minutes: 1440 });
    expect(byId.get('5')!.calendarId).toBeUndefined();
    // DurationFormat 21 = the project's (8 = ed): elapsed.
    expect(byId.get('8')!.duration).toEqual({ kind: 'elapsed', minutes: 90 });
    expect(byId.get('6')!.milestone).toBe(true);
  });

  it('reads constraints and deadlines', () => {
    const byId = new Map(read.input.tasks.map((t) => [t.id, t]));
    expect(byId.get('2')!.constraint).toEqual({ type: 'SNET', date: at('2014-10-17T08:00') });
    expect(byId.get('5')!.constraint).toEqual({ type: 'MFO', date: at('2014-10-30T17:00') });
    expect(byId.get('5')!.deadline).toBe(at('2014-11-03T17:00'));
    expect(byId.get('8')!.constraint).toEqual({ type: 'ALAP' });
    expect(byId.get('1')!.constraint).toBeUndefined();
  });

  it('reads links: types, lags in tenths of minutes, elapsed and percent lags; drops unknown predecessors', () => {
    const b = read.input.tasks.find((t) => t.id === '5')!;
    expect(b.predecessors).toEqual([
      { predecessorId: '2', type: 'FF', lag: { kind: 'working', minutes: 480 } },
      { predecessorId: '2', type: 'FS', lag: { kind: 'elapsed', minutes: 1440 } },
      { predecessorId: '2', type: 'SF', lag: { kind: 'percent', percent: 25 } },
      { predecessorId: '2', type: 'SS', lag: { kind: 'working', minutes: -480 } },
    ]);
    expect(read.linkCount).toBe(6);
    expect(read.diagnostics.map((d) => d.path)).toEqual([
      'Task[UID=5]/PredecessorLink[5]',
      'Task[UID=5]/PredecessorLink[6]',
    ]);
  });

  it('reads the expected dates and slack', () => {
    expect(read.expected.get(2)).toMatchObject({
      uid: 2,
      summary: false,
      start: at('2014-10-17T08:00'),
      finish: at('2014-10-17T17:00'),
      earlyStart: at('2014-10-17T08:00'),
      earlyFinish: at('2014-10-17T17:00'),
      lateStart: at('2014-10-24T08:00'),
      lateFinish: at('2014-10-24T17:00'),
      totalSlack: 19200,
      freeSlack: null,
      critical: false,
      calendarId: '2',
    });
    expect(read.expected.get(1)!.summary).toBe(true);
    expect(read.expected.has(0)).toBe(false);
    expect(read.expected.has(3)).toBe(false);
  });

  it('uses the earliest task start when StartDate is later (MPXJ conversion artefact)', () => {
    const late = readMspdi(
      DOC.replace(
        '<StartDate>2014-10-17T08:00:00</StartDate>',
        '<StartDate>2014-10-20T08:00:00</StartDate>',
      ),
    );
    expect(late.project.startDate).toBe(at('2014-10-20T08:00'));
    expect(late.input.start).toBe(at('2014-10-17T08:00'));
    expect(late.diagnostics.some((d) => d.path === 'Project/StartDate')).toBe(true);
  });

  it('reads resources and assignments as MS Project writes them', () => {
    const withResources = DOC.replace(
      '</Tasks>',
      `</Tasks>
  <Resources>
    <Resource><UID>0</UID><ID>0</ID><Type>1</Type><IsNull>0</IsNull><MaxUnits>1.00</MaxUnits><CalendarUID>1</CalendarUID></Resource>
    <Resource><UID>1</UID><ID>1</ID><Name>Wade</Name><Type>1</Type><IsNull>0</IsNull><MaxUnits>0.50</MaxUnits><CalendarUID>2</CalendarUID></Resource>
    <Resource><UID>4</UID><ID>2</ID><Name>Concrete</Name><Type>0</Type><IsNull>0</IsNull><CalendarUID>77</CalendarUID></Resource>
  </Resources>
  <Assignments>
    <Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>-65535</ResourceUID><Units>1</Units><Work>PT0H0M0S</Work></Assignment>
    <Assignment><UID>2</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID><Units>0.5</Units><Work>PT4H0M0S</Work></Assignment>
    <Assignment><UID>3</UID><TaskUID>5</TaskUID><ResourceUID>4</ResourceUID><Units>3</Units><Work>PT3H0M0S</Work></Assignment>
    <Assignment><UID>4</UID><TaskUID>7</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units><Work>PT8H0M0S</Work></Assignment>
  </Assignments>`,
    );
    const read = readMspdi(withResources);
    expect(read.resources).toEqual([
      { id: '1', uid: 1, name: 'Wade', type: 'work', maxUnits: 0.5, calendarId: '2' },
      { id: '4', uid: 4, name: 'Concrete', type: 'material', maxUnits: 1, calendarId: null },
    ]);
    // The unassigned placeholder (-65535) and the inactive task 7 are left out.
    expect(read.assignments).toEqual([
      { taskId: '2', resourceId: '1', units: 0.5 },
      { taskId: '5', resourceId: '4', units: 3 },
    ]);
    expect(read.workAssignedUids).toEqual([2, 7]);
    // Everything else is what it was.
    const { resources: _r, assignments: _a, workAssignedUids: _w, ...rest } = read;
    const { workAssignedUids: _w0, ...plain } = readMspdi(DOC);
    expect(rest).toEqual(plain);
    expect(readMspdi(DOC).resources).toBeUndefined();
  });

  it('keeps the seconds of a date', () => {
    const read = readMspdi(
      DOC.replace('<Finish>2014-10-17T17:00:00</Finish>', '<Finish>2014-10-17T16:59:24</Finish>'),
    );
    expect(read.expected.get(2)!.finish).toBe(at('2014-10-17T16:59') + 0.4);
  });

  it('rejects a document without <Project>', () => {
    expect(() => readMspdi('<Foo/>')).toThrow(/MSPDI/);
  });
});
