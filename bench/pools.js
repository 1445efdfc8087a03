/**
 * Who writes to whom: interviewers, writers, companies and roles the corpus draws from. Invented
 * names and firms; the surnames mix common and less common spellings (Kowalczyk, Oluwaseun,
 * Nguyen, Wójcik) so the spell checker meets names it does not know.
 */

/** Interviewers: first name, last name, the title a formal greeting would use. */
export const INTERVIEWERS = [
  ['Priya', 'Raman', 'Ms.'],
  ['Oluwaseun', 'Adeyemi', 'Mr.'],
  ['Marta', 'Kowalczyk', 'Ms.'],
  ['Linh', 'Nguyen', 'Ms.'],
  ['Tomasz', 'Wójcik', 'Mr.'],
  ['Siobhan', "O'Connell", 'Ms.'],
  ['Rafael', 'Quintero', 'Mr.'],
  ['Ingrid', 'Halvorsen', 'Ms.'],
  ['Kwame', 'Mensah', 'Mr.'],
  ['Mei-Ling', 'Zhou', 'Ms.'],
  ['Aarav', 'Desai', 'Mr.'],
  ['Beatriz', 'Carvalho', 'Ms.'],
  ['Henrik', 'Lindqvist', 'Mr.'],
  ['Chioma', 'Eze', 'Dr.'],
  ['Yusuf', 'Demir', 'Mr.'],
  ['Fiona', 'MacLeod', 'Ms.'],
  ['Jonas', 'Becker', 'Mr.'],
  ['Ana-Maria', 'Popescu', 'Ms.'],
  ['Gareth', 'Pryce', 'Mr.'],
  ['Leilani', 'Kahale', 'Ms.'],
  ['Dmitri', 'Sokolov', 'Mr.'],
  ['Nadia', 'Haddad', 'Dr.'],
  ['Teodora', 'Ilić', 'Ms.'],
  ['Callum', 'Ferris', 'Mr.'],
  ['Sunita', 'Bhattacharya', 'Ms.'],
  ['Emeka', 'Okonkwo', 'Mr.'],
  ['Hana', 'Takahashi', 'Ms.'],
  ['Mateus', 'Oliveira', 'Mr.'],
  ['Grace', 'Whitlock', 'Ms.'],
  ['Samuel', 'Adjei', 'Mr.'],
  ['Ewa', 'Szymańska', 'Ms.'],
  ['Connor', 'Delaney', 'Mr.'],
  ['Thandiwe', 'Ndlovu', 'Ms.'],
  ['Lukas', 'Hofmann', 'Mr.'],
  ['Rosa', 'Villanueva', 'Ms.'],
  ['Arjun', 'Venkataraman', 'Mr.'],
]

/** People signing the letters. */
export const WRITERS = [
  'Jordan Ellis', 'Amara Okafor', 'Wiktor Zielinski', 'Sofia Marchetti', 'Daniel Cho', 'Aisling Brennan',
  'Tariq Rahman', 'Elena Petrova', 'Marcus Holloway', 'Niamh Gallagher', 'Kenji Morimoto', 'Lucía Fernández',
  'Ravi Subramanian', 'Freya Sandberg', 'Obinna Chukwu', 'Claire Dubois', 'Mateo Rossi', 'Zainab Yusuf',
  'Peter Novak', 'Ayesha Siddiqui', 'Bogdan Ionescu', 'Hollis Grant', 'Thu Trang Pham', 'Felix Wagner',
]

/** Companies and what they do, so sentences can name the business. */
export const COMPANIES = [
  { name: 'Harborline Freight', business: 'freight forwarding' },
  { name: 'Quillfeather Health', business: 'clinic scheduling software' },
  { name: 'Brightkiln Energy', business: 'home battery installs' },
  { name: 'Tidewater Analytics', business: 'retail analytics' },
  { name: 'Copperleaf Payments', business: 'payments for small shops' },
  { name: 'Alderbank', business: 'consumer banking' },
  { name: 'Meridian Cold Chain', business: 'refrigerated logistics' },
  { name: 'Fernwood Robotics', business: 'warehouse robots' },
  { name: 'Saltmarsh Games', business: 'mobile games' },
  { name: 'Redcrest Insurance', business: 'commercial insurance' },
  { name: 'Halcyon Transit', business: 'bus and tram ticketing' },
  { name: 'Pinecrest Labs', business: 'lab automation' },
  { name: 'Bluehollow Logistics', business: 'parcel delivery' },
  { name: 'Kestrel Maps', business: 'mapping and routing' },
  { name: 'Orchard & Vine', business: 'grocery delivery' },
  { name: 'Stonegate Learning', business: 'online courses for nurses' },
  { name: 'Larkspur Legal', business: 'contract review tools' },
  { name: 'Vantablue Media', business: 'podcast hosting' },
]

/** Roles by field; topics are drawn from the same field plus the general pool. */
export const ROLES = [
  { title: 'Senior Backend Engineer', field: 'engineering' },
  { title: 'Site Reliability Engineer', field: 'engineering' },
  { title: 'Staff Software Engineer', field: 'engineering' },
  { title: 'Frontend Developer', field: 'engineering' },
  { title: 'Mobile Developer', field: 'engineering' },
  { title: 'QA Automation Engineer', field: 'engineering' },
  { title: 'Analytics Engineer', field: 'data' },
  { title: 'Data Engineer', field: 'data' },
  { title: 'Data Scientist', field: 'data' },
  { title: 'Product Designer', field: 'design' },
  { title: 'UX Researcher', field: 'design' },
  { title: 'Operations Analyst', field: 'operations' },
  { title: 'Depot Operations Manager', field: 'operations' },
  { title: 'Supply Chain Analyst', field: 'operations' },
  { title: 'Customer Success Lead', field: 'customer' },
  { title: 'Support Team Lead', field: 'customer' },
  { title: 'Engineering Manager', field: 'engineering' },
  { title: 'Technical Program Manager', field: 'general' },
]

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

/** Greetings; `{first}`, `{last}`, `{title}` and `{first2}` are filled in. Generic ones are rarer. */
export const GREETINGS = {
  named: ['Dear {first},', 'Hi {first},', 'Hello {first},', 'Dear {title} {last},', 'Good afternoon {first},', 'Dear {first} {last},'],
  pair: ['Dear {first} and {first2},', 'Hi {first} and {first2},', 'Hello {first}, hello {first2},'],
  generic: ['Dear Hiring Manager,', 'To whom it may concern,', 'Dear Sir or Madam,', 'Hello,', 'Dear Hiring Team,'],
}

/** Closing words before the writer's name. */
export const SIGN_OFFS = ['Best regards,', 'Kind regards,', 'Thanks again,', 'Warm regards,', 'Sincerely,', 'All the best,', 'Best,', 'With thanks,', 'Cheers,', 'Many thanks,']

/** What a placeholder left in by mistake looks like. */
export const PLACEHOLDERS = ['[Company Name]', '[Interviewer Name]', '[specific project]', '<Company>', 'XXX', '[role]', 'TODO']
