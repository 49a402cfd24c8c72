// The number to call for an ambulance in each country. Which numbers are emergency numbers in a region comes from
// Google's libphonenumber (its short-number metadata, every region it knows: 245, kept up to date by Google and
// used by Android's dialler); the choice among them, where a region has several, follows Wikipedia's "List of
// emergency telephone numbers" (itself from the ITU's list). Each entry is REGION:NUMBER:KIND, where KIND says
// what the number reaches:
//   a  an ambulance service of its own (France's 15, Japan's 119);
//   g  every emergency service (112 in most of Europe, 911 in North America);
//   p  the emergency number known there, whose ambulance number is not in the metadata: ask for an ambulance;
//   m  no number in the metadata: 112, which mobile phones route to the local emergency service in most networks.
// `test/emergency-numbers.test.ts` checks every region of libphonenumber is here and every number is an emergency
// number there.

export type NumberKind = 'ambulance' | 'every-service' | 'ask-for-ambulance' | 'mobile-112';

export interface EmergencyNumber {
  /** ISO 3166-1 alpha-2 region. */
  readonly region: string;
  readonly number: string;
  readonly kind: NumberKind;
}

const kinds: Record<string, NumberKind> = { a: 'ambulance', g: 'every-service', p: 'ask-for-ambulance', m: 'mobile-112' };

const table = [
  'AC:911:g AD:118:a AE:998:a AF:102:a AG:911:g AI:911:g AL:127:a AM:103:a AO:112:a AR:107:a AS:911:g AT:144:a',
  'AU:000:g AW:911:g AX:112:g AZ:103:a BA:124:a BB:511:a BD:999:g BE:112:g BF:18:a BG:112:g BH:999:g BI:112:p',
  'BJ:112:p BL:18:a BM:911:g BN:991:a BO:118:a BQ:911:g BR:192:a BS:911:g BT:112:a BW:997:a BY:103:a BZ:911:g',
  'CA:911:g CC:000:g CD:118:p CF:118:p CG:118:p CH:144:a CI:180:p CK:998:a CL:131:a CM:113:p CN:120:a CO:123:g',
  'CR:911:g CU:104:a CV:130:a CW:911:g CX:000:g CY:112:g CZ:155:a DE:112:a DJ:18:p DK:112:g DM:999:g DO:911:g',
  'DZ:14:a EC:911:g EE:112:g EG:123:a EH:15:a ER:114:p ES:112:g ET:911:p FI:112:g FJ:911:g FK:999:g FM:911:g',
  'FO:112:g FR:15:a GA:18:p GB:999:g GD:911:g GE:112:g GF:15:a GG:999:g GH:193:a GI:112:g GL:112:g GM:16:a',
  'GN:112:m GP:15:a GQ:112:m GR:166:a GT:123:p GU:911:g GW:118:p GY:913:a HK:999:g HN:199:g HR:194:a HT:118:p',
  'HU:104:a ID:118:a IE:999:g IL:101:a IM:999:g IN:108:a IO:112:m IQ:122:a IR:115:a IS:112:g IT:118:a JE:999:g',
  'JM:110:a JO:911:g JP:119:a KE:999:g KG:103:a KH:119:a KI:994:p KM:18:p KN:911:g KP:119:p KR:119:a KW:112:g',
  'KY:911:g KZ:103:a LA:195:a LB:140:a LC:911:g LI:144:a LK:110:a LR:911:g LS:112:p LT:112:g LU:112:g LV:112:g',
  'LY:193:a MA:15:a MC:112:g MD:112:g ME:124:a MF:15:a MG:18:p MH:911:g MK:194:a ML:15:a MM:199:g MN:103:a',
  'MO:999:g MP:911:g MQ:15:a MR:18:p MS:911:g MT:112:g MU:114:a MV:102:a MW:998:a MX:911:g MY:999:g MZ:117:p',
  'NA:10111:p NC:15:a NE:15:a NF:911:g NG:199:g NI:128:a NL:112:g NO:113:a NP:102:a NR:111:p NU:999:g NZ:111:g',
  'OM:9999:g PA:911:g PE:117:p PF:15:a PG:111:p PH:911:g PK:1122:a PL:999:a PM:15:a PR:911:g PS:101:a PT:112:g',
  'PW:911:g PY:911:g QA:999:g RE:15:a RO:112:g RS:112:g RU:103:a RW:112:g SA:997:a SB:999:g SC:999:g SD:999:g',
  'SE:112:g SG:995:a SH:911:g SI:112:g SJ:113:a SK:155:a SL:999:g SM:118:a SN:18:a SO:999:p SR:115:g SS:999:g',
  'ST:112:g SV:911:g SX:919:g SY:110:a SZ:999:g TA:112:m TC:911:g TD:18:p TG:118:p TH:1669:a TJ:103:a TK:112:m',
  'TL:112:g TM:03:a TN:190:a TO:933:p TR:112:g TT:990:p TV:911:g TW:119:a TZ:112:g UA:103:a UG:999:g US:911:g',
  'UY:911:g UZ:03:a VA:112:g VC:911:g VE:911:g VG:911:g VI:911:g VN:115:a VU:112:g WF:15:a WS:996:p XK:194:a',
  'YE:191:p YT:15:a ZA:10177:a ZM:112:g ZW:994:a',
].join(' ');

/** Every region's number, by its ISO 3166-1 alpha-2 code. */
export const emergencyNumbers: ReadonlyMap<string, EmergencyNumber> = new Map(
  table.split(' ').map((entry) => {
    const [region, number, kind] = entry.split(':') as [string, string, string];
    return [region, { region, number, kind: kinds[kind]! }];
  }),
);
