/**
 * The rest of the course catalogue: course custom fields, ILT locations, and eLearning package
 * modules (create, update, delete, and copy/link/mirror into a course).
 */

import { BAD_BODY_MESSAGE } from '../api/messages.js';
import { Refusal } from '../api/refusal.js';
import { created, touch } from '../state/audit.js';
import { courseCategory } from '../state/catalogue-labels.js';
import { findCourse } from '../state/find-records.js';
import { deactivate, upsertLink } from '../state/link-changes.js';
import { nextId } from '../state/litmos-id.js';
import type { ModuleRecord } from '../state/records.js';
import { moduleRow } from '../state/row-views.js';
import { bodyIds } from './body-items.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';

/** The organisation's course custom fields (fixed: the sandbox does not seed others). */
export const COURSE_CUSTOM_FIELDS = [
  { CustomFieldId: 'CcfCostCode01', Label: 'Cost Code', DefaultValue: null, Mandatory: false, VisibleToLearner: false, Type: 'String', Dropdown: null },
  {
    CustomFieldId: 'CcfCategory01',
    Label: 'Category',
    DefaultValue: 'Skills',
    Mandatory: true,
    VisibleToLearner: true,
    Type: 'Dropdown',
    Dropdown: ['Compliance', 'Skills', 'Onboarding'],
  },
];

/** Training locations (fixed). */
export const LOCATIONS = [
  {
    LocationId: 1201,
    Location: 'Bristol Training Centre',
    Description: 'Ground floor, room 2',
    Street1: '12 Harbour Road',
    Street2: null,
    City: 'Bristol',
    State: null,
    PostalCode: 'BS1 5AA',
    Country: 'United Kingdom',
    Phone: '+441179000000',
  },
  {
    LocationId: 1202,
    Location: 'Chicago Office',
    Description: null,
    Street1: '200 Main Street',
    Street2: 'Suite 400',
    City: 'Chicago',
    State: 'IL',
    PostalCode: '60601',
    Country: 'United States',
    Phone: null,
  },
  {
    LocationId: 1203,
    Location: 'Online',
    Description: 'Virtual classroom',
    Street1: null,
    Street2: null,
    City: null,
    State: null,
    PostalCode: null,
    Country: null,
    Phone: null,
  },
];

/** Numeric module types (SCORM/Tin Can packages are 9, as Litmos documents; the others are the sandbox's own numbering). */
const MODULE_TYPE_NUMBERS: Record<string, number> = { Content: 1, Quiz: 2, Assessment: 3, Video: 4, SCORM: 9 };

function packageRow(mod: ModuleRecord, status: string) {
  return {
    ...moduleRow(mod),
    ModuleType: MODULE_TYPE_NUMBERS[mod.ModuleType] ?? 9,
    ModuleRefCode: mod.Code,
    HideDescription: false,
    NewWindow: false,
    ReviewMode: false,
    Status: status,
  };
}

function findActiveModule(ctx: HandlerContext, id: string) {
  const mod = ctx.state.modules.get(id);
  if (!mod?.Active) throw new Refusal(404, `Module - ${id} was not found`);
  return mod;
}

function attachModules(ctx: HandlerContext, copy: boolean) {
  const course = findCourse(ctx.state, ctx.pathValues[0]!);
  const ids = bodyIds(ctx.body).filter((id) => ctx.state.modules.get(id)?.Active);
  if (ids.length === 0) throw new Refusal(404, 'There is no valid Module Id in the body');
  for (const id of ids) {
    let mod = ctx.state.modules.get(id)!;
    if (copy) {
      // A copy is a new module with the same content.
      mod = { ...mod, Id: nextId(ctx.state), OriginalId: ++ctx.state.counters.module, ...created(ctx.state, ctx.now) };
      ctx.state.modules.set(mod.Id, mod);
    }
    const moduleId = mod.Id;
    upsertLink(
      ctx.state.courseModules,
      (l) => l.CourseId === course.Id && l.ModuleId === moduleId,
      () => ({ CourseId: course.Id, ModuleId: moduleId, Active: true, ...created(ctx.state, ctx.now) }),
      ctx.state,
      ctx.now,
    );
  }
  touch(course, ctx.state, ctx.now);
  return { status: 200 };
}

/** Handlers for custom fields, locations and package modules, by operation shape. */
export const catalogueHandlers: HandlerTable = {
  'GET /coursecustomfields': () => ({ status: 200, rows: COURSE_CUSTOM_FIELDS, paged: true }),
  'GET /coursecustomfields/{}': (ctx) => {
    const field = COURSE_CUSTOM_FIELDS.find((f) => f.CustomFieldId === ctx.pathValues[0]);
    if (!field) throw new Refusal(404, `Custom field - ${ctx.pathValues[0]!} was not found`);
    return { status: 200, record: field };
  },
  'GET /courses/{}/coursecustomfields': (ctx) => {
    const course = findCourse(ctx.state, ctx.pathValues[0]!);
    return {
      status: 200,
      paged: true,
      rows: [
        { fieldname: 'Cost Code', Value: `CC-${course.OriginalId % 1000}` },
        { fieldname: 'Category', Value: courseCategory(course) },
      ],
    };
  },
  'GET /locations': () => ({ status: 200, rows: LOCATIONS }),
  'GET /modules/{}': (ctx) => ({ status: 200, record: packageRow(findActiveModule(ctx, ctx.pathValues[0]!), 'Ready') }),
  'POST /modules': (ctx) => {
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    const name = typeof body.Name === 'string' ? body.Name.trim() : '';
    if (!name || typeof body.ModuleType !== 'number') throw new Refusal(400, BAD_BODY_MESSAGE);
    const mod: ModuleRecord = {
      Id: nextId(ctx.state),
      OriginalId: ++ctx.state.counters.module,
      Code: typeof body.Code === 'string' ? body.Code : '',
      Name: name,
      Description: typeof body.Description === 'string' ? body.Description : null,
      Active: body.Active !== false,
      Passmark: null,
      ModuleType: 'SCORM',
      ...created(ctx.state, ctx.now),
    };
    ctx.state.modules.set(mod.Id, mod);
    // Litmos downloads and unpacks the package after answering; the sandbox reports it queued.
    return { status: 200, record: packageRow(mod, 'Queued') };
  },
  'PUT /modules/{}': (ctx) => {
    const mod = findActiveModule(ctx, ctx.pathValues[0]!);
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    if (typeof body.Name === 'string' && body.Name.trim()) mod.Name = body.Name.trim();
    if (typeof body.Description === 'string') mod.Description = body.Description;
    if (typeof body.Code === 'string') mod.Code = body.Code;
    if (typeof body.Active === 'boolean') mod.Active = body.Active;
    touch(mod, ctx.state, ctx.now);
    return { status: 200 };
  },
  'DELETE /modules/{}': (ctx) => {
    const mod = findActiveModule(ctx, ctx.pathValues[0]!);
    mod.Active = false;
    touch(mod, ctx.state, ctx.now);
    for (const l of ctx.state.courseModules) if (l.ModuleId === mod.Id && l.Active) deactivate(l, ctx.state, ctx.now);
    return { status: 200 };
  },
  'POST /courses/{}/modules/copy': (ctx) => attachModules(ctx, true),
  'POST /courses/{}/modules/link': (ctx) => attachModules(ctx, false),
  'POST /courses/{}/modules/mirror': (ctx) => attachModules(ctx, false),
};
