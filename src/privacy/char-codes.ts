// Character codes and ASCII tests the redactor's hand-written scans share (the text profile, PERSON, PHONE, tables).
/** What the redactor masks the placeholders already in a text with (redactor.ts): no letter, digit, space or separator. */
export const NUL = 0;
export const TAB = 9;
export const LINE_FEED = 10;
export const CARRIAGE_RETURN = 13;
export const SPACE = 32;
export const QUOTATION_MARK = 34;
export const APOSTROPHE = 39;
export const LEFT_PARENTHESIS = 40;
export const RIGHT_PARENTHESIS = 41;
export const ASTERISK = 42;
export const PLUS = 43;
export const COMMA = 44;
export const HYPHEN = 45;
export const DOT = 46;
export const SLASH = 47;
export const DIGIT_ZERO = 48;
export const DIGIT_ONE = 49;
export const DIGIT_FOUR = 52;
export const DIGIT_FIVE = 53;
export const COLON = 58;
export const SEMICOLON = 59;
export const LESS_THAN = 60;
export const EQUALS_SIGN = 61;
export const GREATER_THAN = 62;
export const AT_SIGN = 64;
export const UPPER_A = 65;
export const UPPER_B = 66;
export const UPPER_D = 68;
export const UPPER_O = 79;
export const UPPER_S = 83;
export const UPPER_X = 88;
export const UPPER_Z = 90;
export const LEFT_BRACKET = 91;
export const BACKSLASH = 92;
export const RIGHT_BRACKET = 93;
export const UNDERSCORE = 95;
export const LOWER_A = 97;
export const LOWER_E = 101;
export const LOWER_F = 102;
export const LOWER_I = 105;
export const LOWER_K = 107;
export const LOWER_L = 108;
export const LOWER_O = 111;
export const LOWER_R = 114;
export const LEFT_BRACE = 123;
export const RIGHT_BRACE = 125;
export const LOWER_T = 116;
export const LOWER_X = 120;
export const LOWER_Y = 121;
export const LOWER_Z = 122;
export const PIPE = 124;
export const TILDE = 126;
export const EN_DASH = 0x2013;
export const EM_DASH = 0x2014;
export const RIGHT_SINGLE_QUOTE = 0x2019;
export const LEFT_DOUBLE_QUOTE = 0x201c;
export const RIGHT_DOUBLE_QUOTE = 0x201d;

export const isAsciiLetter = (code: number): boolean => (code | 32) >= LOWER_A && (code | 32) <= LOWER_Z;
export const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;
export const isAsciiUpper = (code: number): boolean => code >= UPPER_A && code <= UPPER_Z;
export const isAsciiLower = (code: number): boolean => code >= LOWER_A && code <= LOWER_Z;

/** What a written phone number may have between its digits: blanks and . / - ( ) + ("+44 (0)20 7946.0018"). */
export const DIALLING_CHARACTERS = ' \t\n\v\f\r./-()+';
// Every code below it is ASCII's.
export const ASCII_LIMIT = 128;
