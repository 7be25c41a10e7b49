/** The words seeded records are made of: names, places, departments, course topics. */

export const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Liam',
  'Maya',
  'Noah',
  'Olga',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];
export const LAST_NAMES = [
  'Souza',
  'Okafor',
  'Martin',
  'Patel',
  'Rossi',
  'Haddad',
  'Kim',
  'Tanaka',
  'Garcia',
  'Berg',
  'Adeyemi',
  'Murphy',
  'Cohen',
  'Novak',
  'Ivanova',
  'Sharma',
  'Walsh',
  'Lopez',
  'Fischer',
  'Aziz',
  'Nair',
  'Dubois',
  'Li',
  'Ortega',
  'Demir',
  'Smith',
];
/** City, country and Windows time zone. */
export const CITIES: ReadonlyArray<[string, string, string]> = [
  ['Bristol', 'United Kingdom', 'GMT Standard Time'],
  ['Dublin', 'Ireland', 'GMT Standard Time'],
  ['Chicago', 'United States', 'Central Standard Time'],
  ['Austin', 'United States', 'Central Standard Time'],
  ['Seattle', 'United States', 'Pacific Standard Time'],
  ['Berlin', 'Germany', 'W. Europe Standard Time'],
  ['Sydney', 'Australia', 'AUS Eastern Standard Time'],
  ['Toronto', 'Canada', 'Eastern Standard Time'],
];
export const CULTURES = ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'es-ES', 'en-AU'];
export const DEPARTMENTS = ['Field Operations', 'Sales', 'Support', 'Engineering', 'Finance', 'People', 'Logistics', 'Marketing'];
export const JOB_TITLES = ['Technician', 'Engineer', 'Analyst', 'Coordinator', 'Manager', 'Specialist', 'Associate'];
export const TOPICS = [
  'Workplace Safety',
  'Data Privacy',
  'Customer Care',
  'Fire Awareness',
  'Code of Conduct',
  'Cyber Security',
  'Manual Handling',
  'First Aid',
  'Leadership',
  'Product Knowledge',
  'Negotiation',
  'Time Management',
  'Accessibility',
  'Anti-Bribery',
  'Diversity & Inclusion',
  'Incident Reporting',
];
export const LEVELS = ['Basics', 'Essentials', 'Advanced', 'Refresher', 'in Practice'];
export const MODULE_TYPES = ['Video', 'Quiz', 'Content', 'Assessment', 'SCORM'];
/** The organisation's user custom fields (`/users/{id}/usercustomfields`). */
export const USER_CUSTOM_FIELDS = ['Department', 'Cost Centre', 'Start Date'];
