/**
 * The demo clinics, in data. Every demo account signs in with DEMO_PASSWORD. Couples
 * list partner pairs as [first, first, family name] and the index of their primary counselor.
 */
export const DEMO_PASSWORD = 'tandem-demo-password';

export interface DemoClinic {
  id: string;
  name: string;
  domain: string;
  admin: string;
  counselors: string[];
  couples: Array<{
    partners: [string, string];
    family: string;
    primary: number;
    monthsInCare: number;
  }>;
}

export const DEMO_CLINICS: DemoClinic[] = [
  {
    id: '2b0f6d8e-5a1c-4c7e-9a53-0d1e7f3a9b21',
    name: 'Riverbend Counseling',
    domain: 'riverbend.example',
    admin: 'Nora Lindqvist',
    counselors: ['Maya Okafor', 'Daniel Reyes', 'Priya Shah'],
    couples: [
      { partners: ['Alex', 'Sam'], family: 'Morgan', primary: 0, monthsInCare: 11 },
      { partners: ['Jordan', 'Casey'], family: 'Bennett', primary: 0, monthsInCare: 5 },
      { partners: ['Riley', 'Taylor'], family: 'Nguyen', primary: 0, monthsInCare: 4 },
      { partners: ['Jamie', 'Drew'], family: 'Castillo', primary: 0, monthsInCare: 2 },
      { partners: ['Morgan', 'Avery'], family: 'Patel', primary: 1, monthsInCare: 12 },
      { partners: ['Quinn', 'Rowan'], family: 'Fischer', primary: 1, monthsInCare: 6 },
      { partners: ['Elliot', 'Harper'], family: 'Adeyemi', primary: 1, monthsInCare: 3 },
      { partners: ['Skyler', 'Reese'], family: 'Kowalski', primary: 1, monthsInCare: 1 },
      { partners: ['Dana', 'Chris'], family: 'Haddad', primary: 2, monthsInCare: 10 },
      { partners: ['Robin', 'Jesse'], family: 'Silva', primary: 2, monthsInCare: 6 },
      { partners: ['Kendall', 'Parker'], family: 'Yamamoto', primary: 2, monthsInCare: 4 },
      { partners: ['Emerson', 'Finley'], family: 'Okonkwo', primary: 2, monthsInCare: 2 },
    ],
  },
  {
    id: '7c4e1a90-3f2b-4d6a-8e15-b9a0c2d4e6f8',
    name: 'Harbor Light Therapy',
    domain: 'harborlight.example',
    admin: 'Omar Farouk',
    counselors: ['Lena Hoffmann'],
    couples: [{ partners: ['Noah', 'Mia'], family: 'Larsen', primary: 0, monthsInCare: 3 }],
  },
];

/** alex.morgan@riverbend.example */
export function demoEmail(fullName: string, domain: string): string {
  return `${fullName.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}`;
}
