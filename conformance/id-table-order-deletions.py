# Random sequences of adds and deletions on sets (every version) and dicts (2.7 iterates them in
# table order): deleted keys leave dummy slots that later inserts reuse, and resizes count them.
from __future__ import print_function
s = set([19, 50, 6, 9, 68])
d = dict.fromkeys([19, 50, 6, 9, 68], 0)
s.add(7); d[7] = 1
s.discard(27); d.pop(27, None)
s.add(55); d[55] = 1
s.add(30); d[30] = 1
print(list(s), list(d))
s = set([70])
d = dict.fromkeys([70], 0)
s.add(72); d[72] = 1
s.add(28); d[28] = 1
s.discard(74); d.pop(74, None)
s.discard(73); d.pop(73, None)
s.discard(6); d.pop(6, None)
s.discard(5); d.pop(5, None)
s.discard(17); d.pop(17, None)
s.add(18); d[18] = 1
s.discard(73); d.pop(73, None)
s.add(104); d[104] = 1
s.discard(13); d.pop(13, None)
s.discard(81); d.pop(81, None)
s.add(12); d[12] = 1
s.discard(8); d.pop(8, None)
print(list(s), list(d))
s = set([7, 26, 63, 68, 54, 40, 59, 58, 46])
d = dict.fromkeys([7, 26, 63, 68, 54, 40, 59, 58, 46], 0)
s.add(23); d[23] = 1
s.discard(31); d.pop(31, None)
s.add(38); d[38] = 1
s.discard(112); d.pop(112, None)
s.add(57); d[57] = 1
s.add(9); d[9] = 1
s.add(53); d[53] = 1
s.add(43); d[43] = 1
s.add(62); d[62] = 1
s.add(85); d[85] = 1
print(list(s), list(d))
s = set([71])
d = dict.fromkeys([71], 0)
s.discard(104); d.pop(104, None)
s.add(88); d[88] = 1
s.add(63); d[63] = 1
s.discard(58); d.pop(58, None)
s.add(11); d[11] = 1
s.discard(60); d.pop(60, None)
s.discard(8); d.pop(8, None)
s.add(89); d[89] = 1
s.add(73); d[73] = 1
s.discard(105); d.pop(105, None)
s.add(91); d[91] = 1
s.add(85); d[85] = 1
s.add(120); d[120] = 1
s.add(21); d[21] = 1
s.discard(63); d.pop(63, None)
s.add(98); d[98] = 1
s.add(94); d[94] = 1
s.add(50); d[50] = 1
s.discard(63); d.pop(63, None)
print(list(s), list(d))
s = set([21])
d = dict.fromkeys([21], 0)
s.add(35); d[35] = 1
s.discard(104); d.pop(104, None)
s.add(70); d[70] = 1
s.add(53); d[53] = 1
s.discard(87); d.pop(87, None)
s.discard(29); d.pop(29, None)
s.add(22); d[22] = 1
s.add(84); d[84] = 1
s.add(62); d[62] = 1
s.discard(23); d.pop(23, None)
s.add(0); d[0] = 1
s.add(68); d[68] = 1
s.add(72); d[72] = 1
s.add(16); d[16] = 1
s.discard(65); d.pop(65, None)
print(list(s), list(d))
s = set([6, 58, 71, 50, 76, 51, 75, 13, 61])
d = dict.fromkeys([6, 58, 71, 50, 76, 51, 75, 13, 61], 0)
s.add(24); d[24] = 1
s.add(26); d[26] = 1
s.add(14); d[14] = 1
s.add(6); d[6] = 1
s.add(72); d[72] = 1
s.add(12); d[12] = 1
s.discard(78); d.pop(78, None)
s.add(111); d[111] = 1
s.add(48); d[48] = 1
s.add(32); d[32] = 1
s.discard(77); d.pop(77, None)
s.add(15); d[15] = 1
s.add(62); d[62] = 1
s.discard(59); d.pop(59, None)
s.add(39); d[39] = 1
s.add(13); d[13] = 1
s.discard(94); d.pop(94, None)
s.add(106); d[106] = 1
s.discard(66); d.pop(66, None)
s.add(67); d[67] = 1
s.add(88); d[88] = 1
print(list(s), list(d))
s = set([3, 67, 38, 11, 33, 66, 46, 21])
d = dict.fromkeys([3, 67, 38, 11, 33, 66, 46, 21], 0)
s.discard(68); d.pop(68, None)
s.discard(64); d.pop(64, None)
s.add(28); d[28] = 1
s.discard(100); d.pop(100, None)
s.discard(109); d.pop(109, None)
s.add(30); d[30] = 1
s.discard(94); d.pop(94, None)
s.discard(25); d.pop(25, None)
s.discard(45); d.pop(45, None)
s.discard(3); d.pop(3, None)
s.discard(60); d.pop(60, None)
s.add(88); d[88] = 1
print(list(s), list(d))
s = set([44, 57, 79, 46, 10, 28, 13, 29, 60])
d = dict.fromkeys([44, 57, 79, 46, 10, 28, 13, 29, 60], 0)
s.add(61); d[61] = 1
s.discard(115); d.pop(115, None)
s.discard(0); d.pop(0, None)
s.add(83); d[83] = 1
s.add(82); d[82] = 1
s.add(84); d[84] = 1
s.add(49); d[49] = 1
print(list(s), list(d))
s = set([25, 61, 22, 55, 42, 11, 50, 59, 51, 10, 20, 21])
d = dict.fromkeys([25, 61, 22, 55, 42, 11, 50, 59, 51, 10, 20, 21], 0)
s.add(75); d[75] = 1
s.discard(103); d.pop(103, None)
s.discard(78); d.pop(78, None)
s.discard(60); d.pop(60, None)
s.discard(44); d.pop(44, None)
print(list(s), list(d))
s = set([70, 16])
d = dict.fromkeys([70, 16], 0)
s.add(92); d[92] = 1
print(list(s), list(d))
s = set([13, 67, 17, 55, 24, 27, 3, 32, 74, 37])
d = dict.fromkeys([13, 67, 17, 55, 24, 27, 3, 32, 74, 37], 0)
s.add(75); d[75] = 1
s.add(69); d[69] = 1
s.add(16); d[16] = 1
s.add(94); d[94] = 1
s.add(58); d[58] = 1
s.discard(104); d.pop(104, None)
s.discard(53); d.pop(53, None)
s.discard(112); d.pop(112, None)
s.discard(68); d.pop(68, None)
s.add(65); d[65] = 1
s.add(56); d[56] = 1
s.discard(77); d.pop(77, None)
s.add(102); d[102] = 1
s.add(18); d[18] = 1
s.add(92); d[92] = 1
s.add(7); d[7] = 1
s.add(66); d[66] = 1
print(list(s), list(d))
s = set([71, 61, 13, 79, 7, 31, 24, 35])
d = dict.fromkeys([71, 61, 13, 79, 7, 31, 24, 35], 0)
s.discard(64); d.pop(64, None)
s.add(3); d[3] = 1
print(list(s), list(d))
s = set([8, 56, 41, 64, 65, 25, 35, 57, 75, 68, 61, 76])
d = dict.fromkeys([8, 56, 41, 64, 65, 25, 35, 57, 75, 68, 61, 76], 0)
s.discard(112); d.pop(112, None)
s.discard(118); d.pop(118, None)
s.add(71); d[71] = 1
s.discard(25); d.pop(25, None)
s.discard(17); d.pop(17, None)
s.add(50); d[50] = 1
s.add(9); d[9] = 1
s.discard(54); d.pop(54, None)
print(list(s), list(d))
s = set([27])
d = dict.fromkeys([27], 0)
s.add(15); d[15] = 1
s.discard(19); d.pop(19, None)
s.discard(82); d.pop(82, None)
s.discard(18); d.pop(18, None)
s.add(17); d[17] = 1
s.discard(28); d.pop(28, None)
s.discard(12); d.pop(12, None)
s.add(62); d[62] = 1
s.add(85); d[85] = 1
s.discard(20); d.pop(20, None)
s.discard(65); d.pop(65, None)
s.add(53); d[53] = 1
s.add(40); d[40] = 1
s.add(46); d[46] = 1
s.add(70); d[70] = 1
s.add(90); d[90] = 1
s.add(42); d[42] = 1
s.discard(37); d.pop(37, None)
s.discard(8); d.pop(8, None)
s.add(117); d[117] = 1
s.discard(112); d.pop(112, None)
s.add(33); d[33] = 1
print(list(s), list(d))
s = set([5, 23, 34, 16])
d = dict.fromkeys([5, 23, 34, 16], 0)
s.discard(86); d.pop(86, None)
s.discard(33); d.pop(33, None)
s.add(68); d[68] = 1
s.discard(73); d.pop(73, None)
s.add(41); d[41] = 1
s.add(7); d[7] = 1
s.discard(23); d.pop(23, None)
s.add(9); d[9] = 1
s.add(2); d[2] = 1
s.discard(102); d.pop(102, None)
s.add(77); d[77] = 1
s.discard(8); d.pop(8, None)
s.add(15); d[15] = 1
s.add(43); d[43] = 1
print(list(s), list(d))
s = set([53, 34, 16, 5, 67, 30, 14, 20])
d = dict.fromkeys([53, 34, 16, 5, 67, 30, 14, 20], 0)
s.add(25); d[25] = 1
s.discard(80); d.pop(80, None)
s.add(97); d[97] = 1
s.add(57); d[57] = 1
s.discard(22); d.pop(22, None)
s.add(102); d[102] = 1
s.add(32); d[32] = 1
s.add(2); d[2] = 1
s.discard(70); d.pop(70, None)
print(list(s), list(d))
s = set([65, 60, 31])
d = dict.fromkeys([65, 60, 31], 0)
s.add(104); d[104] = 1
s.discard(84); d.pop(84, None)
s.add(106); d[106] = 1
s.discard(64); d.pop(64, None)
s.add(27); d[27] = 1
s.discard(43); d.pop(43, None)
s.add(112); d[112] = 1
s.discard(81); d.pop(81, None)
s.add(44); d[44] = 1
s.discard(107); d.pop(107, None)
s.add(9); d[9] = 1
s.discard(112); d.pop(112, None)
s.add(20); d[20] = 1
s.add(85); d[85] = 1
s.discard(111); d.pop(111, None)
print(list(s), list(d))
s = set([36, 76, 31, 37, 5, 58, 23, 20])
d = dict.fromkeys([36, 76, 31, 37, 5, 58, 23, 20], 0)
s.add(33); d[33] = 1
s.add(42); d[42] = 1
s.discard(70); d.pop(70, None)
s.add(4); d[4] = 1
s.discard(39); d.pop(39, None)
s.add(23); d[23] = 1
s.add(48); d[48] = 1
s.add(35); d[35] = 1
s.discard(25); d.pop(25, None)
print(list(s), list(d))
s = set([64, 0, 11])
d = dict.fromkeys([64, 0, 11], 0)
s.discard(18); d.pop(18, None)
s.add(5); d[5] = 1
s.add(38); d[38] = 1
s.add(29); d[29] = 1
s.add(67); d[67] = 1
s.discard(19); d.pop(19, None)
s.discard(91); d.pop(91, None)
s.discard(76); d.pop(76, None)
s.add(41); d[41] = 1
print(list(s), list(d))
s = set([63, 19, 36, 18, 5, 65, 54, 64, 17, 67, 72])
d = dict.fromkeys([63, 19, 36, 18, 5, 65, 54, 64, 17, 67, 72], 0)
s.discard(102); d.pop(102, None)
s.add(87); d[87] = 1
s.discard(114); d.pop(114, None)
s.discard(88); d.pop(88, None)
s.discard(10); d.pop(10, None)
s.add(17); d[17] = 1
s.discard(13); d.pop(13, None)
s.add(57); d[57] = 1
s.discard(80); d.pop(80, None)
s.add(68); d[68] = 1
s.discard(62); d.pop(62, None)
s.add(58); d[58] = 1
s.discard(95); d.pop(95, None)
s.discard(114); d.pop(114, None)
s.discard(84); d.pop(84, None)
s.discard(95); d.pop(95, None)
s.discard(32); d.pop(32, None)
s.discard(108); d.pop(108, None)
s.add(93); d[93] = 1
print(list(s), list(d))
s = set([26, 29, 58, 63, 48, 9, 61, 36, 5, 25, 74, 18])
d = dict.fromkeys([26, 29, 58, 63, 48, 9, 61, 36, 5, 25, 74, 18], 0)
s.add(95); d[95] = 1
s.discard(79); d.pop(79, None)
s.discard(1); d.pop(1, None)
s.add(62); d[62] = 1
s.add(86); d[86] = 1
s.add(27); d[27] = 1
s.discard(37); d.pop(37, None)
s.discard(36); d.pop(36, None)
s.add(59); d[59] = 1
s.discard(114); d.pop(114, None)
s.discard(39); d.pop(39, None)
print(list(s), list(d))
s = set([60])
d = dict.fromkeys([60], 0)
s.add(9); d[9] = 1
print(list(s), list(d))
s = set([57, 34, 49, 26, 76, 9, 11, 18])
d = dict.fromkeys([57, 34, 49, 26, 76, 9, 11, 18], 0)
s.discard(46); d.pop(46, None)
s.add(104); d[104] = 1
s.discard(35); d.pop(35, None)
s.discard(90); d.pop(90, None)
s.add(63); d[63] = 1
s.discard(62); d.pop(62, None)
s.add(20); d[20] = 1
s.add(62); d[62] = 1
s.discard(51); d.pop(51, None)
s.add(18); d[18] = 1
s.add(48); d[48] = 1
s.add(107); d[107] = 1
s.add(41); d[41] = 1
s.discard(107); d.pop(107, None)
s.add(120); d[120] = 1
s.discard(91); d.pop(91, None)
s.add(94); d[94] = 1
s.add(47); d[47] = 1
s.add(49); d[49] = 1
s.discard(75); d.pop(75, None)
s.add(118); d[118] = 1
s.add(35); d[35] = 1
s.discard(35); d.pop(35, None)
s.add(106); d[106] = 1
print(list(s), list(d))
s = set([36, 19, 31, 34, 55, 65, 40, 24, 47, 54])
d = dict.fromkeys([36, 19, 31, 34, 55, 65, 40, 24, 47, 54], 0)
s.discard(80); d.pop(80, None)
print(list(s), list(d))
s = set([70, 79, 26, 10, 6, 52])
d = dict.fromkeys([70, 79, 26, 10, 6, 52], 0)
s.discard(17); d.pop(17, None)
s.discard(36); d.pop(36, None)
s.add(116); d[116] = 1
s.discard(16); d.pop(16, None)
s.add(53); d[53] = 1
s.add(38); d[38] = 1
s.add(94); d[94] = 1
s.discard(33); d.pop(33, None)
s.add(30); d[30] = 1
s.add(71); d[71] = 1
s.discard(15); d.pop(15, None)
s.add(20); d[20] = 1
s.add(64); d[64] = 1
s.discard(63); d.pop(63, None)
s.discard(57); d.pop(57, None)
print(list(s), list(d))
s = set([57, 54, 17, 70, 24])
d = dict.fromkeys([57, 54, 17, 70, 24], 0)
s.add(43); d[43] = 1
s.discard(40); d.pop(40, None)
s.add(33); d[33] = 1
s.discard(25); d.pop(25, None)
s.discard(95); d.pop(95, None)
s.discard(49); d.pop(49, None)
s.add(67); d[67] = 1
s.add(34); d[34] = 1
print(list(s), list(d))
s = set([7, 63, 35, 73, 46])
d = dict.fromkeys([7, 63, 35, 73, 46], 0)
s.discard(67); d.pop(67, None)
s.discard(110); d.pop(110, None)
s.discard(11); d.pop(11, None)
s.add(31); d[31] = 1
s.add(82); d[82] = 1
print(list(s), list(d))
s = set([55, 39, 2, 16, 4, 54, 60])
d = dict.fromkeys([55, 39, 2, 16, 4, 54, 60], 0)
s.add(9); d[9] = 1
s.add(118); d[118] = 1
s.discard(67); d.pop(67, None)
s.discard(57); d.pop(57, None)
s.add(13); d[13] = 1
s.add(19); d[19] = 1
s.discard(87); d.pop(87, None)
s.add(105); d[105] = 1
s.discard(82); d.pop(82, None)
s.discard(114); d.pop(114, None)
s.add(70); d[70] = 1
s.discard(0); d.pop(0, None)
s.discard(29); d.pop(29, None)
s.discard(4); d.pop(4, None)
s.discard(38); d.pop(38, None)
s.discard(80); d.pop(80, None)
s.add(81); d[81] = 1
s.add(97); d[97] = 1
s.add(9); d[9] = 1
print(list(s), list(d))
s = set([67, 74, 24, 49])
d = dict.fromkeys([67, 74, 24, 49], 0)
s.add(76); d[76] = 1
s.add(68); d[68] = 1
s.add(58); d[58] = 1
s.add(40); d[40] = 1
s.discard(113); d.pop(113, None)
s.add(67); d[67] = 1
s.add(31); d[31] = 1
s.add(52); d[52] = 1
s.discard(39); d.pop(39, None)
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.add(113); d[113] = 1
print(list(s), list(d))
s = set([53, 10, 32, 29, 54, 47, 76, 63, 4, 43])
d = dict.fromkeys([53, 10, 32, 29, 54, 47, 76, 63, 4, 43], 0)
s.add(87); d[87] = 1
s.add(0); d[0] = 1
s.discard(94); d.pop(94, None)
s.discard(8); d.pop(8, None)
s.add(25); d[25] = 1
s.add(104); d[104] = 1
s.add(59); d[59] = 1
s.add(97); d[97] = 1
s.discard(13); d.pop(13, None)
s.discard(63); d.pop(63, None)
s.discard(114); d.pop(114, None)
s.add(53); d[53] = 1
s.discard(7); d.pop(7, None)
s.discard(18); d.pop(18, None)
s.discard(6); d.pop(6, None)
s.add(76); d[76] = 1
s.add(6); d[6] = 1
s.discard(23); d.pop(23, None)
s.add(114); d[114] = 1
s.discard(40); d.pop(40, None)
s.discard(10); d.pop(10, None)
s.discard(42); d.pop(42, None)
s.add(83); d[83] = 1
print(list(s), list(d))
s = set([59, 4, 39, 48, 47, 42, 56, 21])
d = dict.fromkeys([59, 4, 39, 48, 47, 42, 56, 21], 0)
s.add(35); d[35] = 1
s.add(53); d[53] = 1
s.discard(15); d.pop(15, None)
s.discard(97); d.pop(97, None)
print(list(s), list(d))
s = set([48, 45, 39])
d = dict.fromkeys([48, 45, 39], 0)
s.add(90); d[90] = 1
s.add(47); d[47] = 1
s.discard(57); d.pop(57, None)
s.add(46); d[46] = 1
s.discard(60); d.pop(60, None)
s.add(52); d[52] = 1
s.add(80); d[80] = 1
s.discard(5); d.pop(5, None)
s.add(59); d[59] = 1
s.add(117); d[117] = 1
s.add(24); d[24] = 1
s.discard(115); d.pop(115, None)
s.discard(46); d.pop(46, None)
s.add(78); d[78] = 1
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.discard(88); d.pop(88, None)
s.add(35); d[35] = 1
s.add(92); d[92] = 1
s.discard(117); d.pop(117, None)
s.discard(120); d.pop(120, None)
s.add(105); d[105] = 1
s.add(60); d[60] = 1
s.discard(59); d.pop(59, None)
s.discard(49); d.pop(49, None)
print(list(s), list(d))
s = set([32, 55, 63, 16, 77, 23, 1, 38, 19, 30, 41, 40])
d = dict.fromkeys([32, 55, 63, 16, 77, 23, 1, 38, 19, 30, 41, 40], 0)
s.add(100); d[100] = 1
s.discard(65); d.pop(65, None)
s.add(96); d[96] = 1
s.add(52); d[52] = 1
s.add(4); d[4] = 1
s.add(69); d[69] = 1
s.add(54); d[54] = 1
s.discard(9); d.pop(9, None)
s.add(10); d[10] = 1
s.add(53); d[53] = 1
s.add(90); d[90] = 1
s.discard(22); d.pop(22, None)
s.add(53); d[53] = 1
s.add(114); d[114] = 1
s.discard(95); d.pop(95, None)
print(list(s), list(d))
s = set([15, 37, 78, 35, 72, 34, 47, 32])
d = dict.fromkeys([15, 37, 78, 35, 72, 34, 47, 32], 0)
s.add(56); d[56] = 1
s.add(31); d[31] = 1
s.add(36); d[36] = 1
s.discard(74); d.pop(74, None)
s.add(8); d[8] = 1
s.add(31); d[31] = 1
s.discard(29); d.pop(29, None)
s.discard(12); d.pop(12, None)
s.discard(4); d.pop(4, None)
s.add(60); d[60] = 1
s.discard(29); d.pop(29, None)
s.discard(117); d.pop(117, None)
s.add(112); d[112] = 1
s.add(15); d[15] = 1
s.add(76); d[76] = 1
s.discard(74); d.pop(74, None)
s.add(9); d[9] = 1
s.add(110); d[110] = 1
s.add(77); d[77] = 1
s.add(99); d[99] = 1
s.discard(0); d.pop(0, None)
s.add(76); d[76] = 1
s.discard(44); d.pop(44, None)
s.add(47); d[47] = 1
print(list(s), list(d))
s = set([18, 5, 26, 32, 4])
d = dict.fromkeys([18, 5, 26, 32, 4], 0)
s.discard(116); d.pop(116, None)
s.add(1); d[1] = 1
s.discard(52); d.pop(52, None)
s.discard(23); d.pop(23, None)
s.discard(9); d.pop(9, None)
s.add(101); d[101] = 1
s.add(61); d[61] = 1
s.add(12); d[12] = 1
s.discard(84); d.pop(84, None)
s.discard(81); d.pop(81, None)
s.discard(83); d.pop(83, None)
s.add(89); d[89] = 1
s.add(36); d[36] = 1
s.discard(53); d.pop(53, None)
s.discard(39); d.pop(39, None)
s.discard(113); d.pop(113, None)
s.add(53); d[53] = 1
s.add(98); d[98] = 1
s.discard(46); d.pop(46, None)
s.discard(50); d.pop(50, None)
print(list(s), list(d))
s = set([51, 26, 0, 55, 20, 54, 14, 11, 79, 46, 58])
d = dict.fromkeys([51, 26, 0, 55, 20, 54, 14, 11, 79, 46, 58], 0)
s.add(1); d[1] = 1
s.add(18); d[18] = 1
s.discard(116); d.pop(116, None)
s.add(73); d[73] = 1
s.discard(47); d.pop(47, None)
s.discard(21); d.pop(21, None)
s.add(36); d[36] = 1
s.add(21); d[21] = 1
s.discard(13); d.pop(13, None)
s.add(96); d[96] = 1
s.discard(103); d.pop(103, None)
s.add(16); d[16] = 1
s.discard(5); d.pop(5, None)
s.discard(61); d.pop(61, None)
s.add(77); d[77] = 1
s.discard(49); d.pop(49, None)
s.add(91); d[91] = 1
s.discard(105); d.pop(105, None)
s.discard(81); d.pop(81, None)
s.discard(28); d.pop(28, None)
s.discard(78); d.pop(78, None)
s.discard(106); d.pop(106, None)
s.add(72); d[72] = 1
s.add(51); d[51] = 1
s.discard(20); d.pop(20, None)
print(list(s), list(d))
s = set([45, 15, 19, 31, 24, 5])
d = dict.fromkeys([45, 15, 19, 31, 24, 5], 0)
s.discard(86); d.pop(86, None)
s.add(107); d[107] = 1
s.add(49); d[49] = 1
s.discard(70); d.pop(70, None)
s.discard(99); d.pop(99, None)
s.add(53); d[53] = 1
s.add(31); d[31] = 1
s.add(84); d[84] = 1
s.add(64); d[64] = 1
s.add(2); d[2] = 1
s.add(62); d[62] = 1
s.add(57); d[57] = 1
s.discard(99); d.pop(99, None)
s.discard(107); d.pop(107, None)
s.add(60); d[60] = 1
s.add(8); d[8] = 1
s.add(55); d[55] = 1
s.add(102); d[102] = 1
print(list(s), list(d))
s = set([64, 65, 5, 77, 16, 10, 40])
d = dict.fromkeys([64, 65, 5, 77, 16, 10, 40], 0)
s.discard(10); d.pop(10, None)
s.add(64); d[64] = 1
s.discard(83); d.pop(83, None)
s.discard(17); d.pop(17, None)
s.add(8); d[8] = 1
s.discard(93); d.pop(93, None)
s.discard(14); d.pop(14, None)
s.add(113); d[113] = 1
s.add(103); d[103] = 1
s.discard(21); d.pop(21, None)
s.discard(92); d.pop(92, None)
s.discard(8); d.pop(8, None)
s.discard(78); d.pop(78, None)
s.discard(20); d.pop(20, None)
s.add(78); d[78] = 1
s.add(104); d[104] = 1
s.add(32); d[32] = 1
s.discard(117); d.pop(117, None)
s.add(75); d[75] = 1
s.add(64); d[64] = 1
s.add(47); d[47] = 1
s.add(23); d[23] = 1
s.add(81); d[81] = 1
s.discard(86); d.pop(86, None)
s.add(48); d[48] = 1
print(list(s), list(d))
s = set([33, 14])
d = dict.fromkeys([33, 14], 0)
s.discard(81); d.pop(81, None)
s.discard(111); d.pop(111, None)
s.add(66); d[66] = 1
s.discard(112); d.pop(112, None)
s.discard(32); d.pop(32, None)
s.discard(80); d.pop(80, None)
s.discard(94); d.pop(94, None)
s.discard(33); d.pop(33, None)
s.add(47); d[47] = 1
s.discard(46); d.pop(46, None)
s.add(10); d[10] = 1
s.add(22); d[22] = 1
s.discard(6); d.pop(6, None)
s.add(66); d[66] = 1
s.add(81); d[81] = 1
s.discard(111); d.pop(111, None)
s.discard(84); d.pop(84, None)
s.discard(93); d.pop(93, None)
s.add(4); d[4] = 1
s.add(37); d[37] = 1
s.discard(55); d.pop(55, None)
s.add(46); d[46] = 1
s.discard(16); d.pop(16, None)
s.add(78); d[78] = 1
s.discard(2); d.pop(2, None)
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.discard(38); d.pop(38, None)
print(list(s), list(d))
s = set([66])
d = dict.fromkeys([66], 0)
s.discard(52); d.pop(52, None)
s.discard(75); d.pop(75, None)
s.add(46); d[46] = 1
s.discard(60); d.pop(60, None)
s.add(1); d[1] = 1
s.discard(31); d.pop(31, None)
s.discard(57); d.pop(57, None)
s.add(81); d[81] = 1
s.add(85); d[85] = 1
s.discard(51); d.pop(51, None)
s.discard(1); d.pop(1, None)
s.add(105); d[105] = 1
print(list(s), list(d))
s = set([44, 76, 74, 56, 66, 63, 31, 21])
d = dict.fromkeys([44, 76, 74, 56, 66, 63, 31, 21], 0)
s.add(68); d[68] = 1
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.add(20); d[20] = 1
s.add(99); d[99] = 1
s.add(78); d[78] = 1
s.discard(120); d.pop(120, None)
s.add(52); d[52] = 1
s.add(77); d[77] = 1
s.discard(82); d.pop(82, None)
s.discard(104); d.pop(104, None)
s.discard(65); d.pop(65, None)
s.add(38); d[38] = 1
s.discard(113); d.pop(113, None)
s.discard(61); d.pop(61, None)
s.discard(0); d.pop(0, None)
print(list(s), list(d))
s = set([55, 59, 10, 57, 22, 28])
d = dict.fromkeys([55, 59, 10, 57, 22, 28], 0)
s.add(82); d[82] = 1
s.add(42); d[42] = 1
s.discard(118); d.pop(118, None)
s.discard(108); d.pop(108, None)
print(list(s), list(d))
s = set([6, 34, 70, 55])
d = dict.fromkeys([6, 34, 70, 55], 0)
s.discard(66); d.pop(66, None)
s.discard(37); d.pop(37, None)
s.discard(114); d.pop(114, None)
s.add(112); d[112] = 1
s.discard(21); d.pop(21, None)
s.add(30); d[30] = 1
s.discard(25); d.pop(25, None)
s.discard(95); d.pop(95, None)
s.discard(24); d.pop(24, None)
s.discard(42); d.pop(42, None)
s.discard(48); d.pop(48, None)
s.discard(80); d.pop(80, None)
s.discard(85); d.pop(85, None)
s.discard(68); d.pop(68, None)
s.add(107); d[107] = 1
s.discard(0); d.pop(0, None)
s.discard(55); d.pop(55, None)
s.discard(29); d.pop(29, None)
s.discard(39); d.pop(39, None)
s.discard(50); d.pop(50, None)
s.discard(9); d.pop(9, None)
s.discard(21); d.pop(21, None)
print(list(s), list(d))
s = set([4, 3])
d = dict.fromkeys([4, 3], 0)
s.add(118); d[118] = 1
s.add(18); d[18] = 1
s.discard(3); d.pop(3, None)
s.add(88); d[88] = 1
print(list(s), list(d))
s = set([5, 8, 79, 78, 75, 46, 25, 68, 76, 49])
d = dict.fromkeys([5, 8, 79, 78, 75, 46, 25, 68, 76, 49], 0)
s.add(26); d[26] = 1
s.add(4); d[4] = 1
s.discard(116); d.pop(116, None)
s.discard(81); d.pop(81, None)
print(list(s), list(d))
s = set([36])
d = dict.fromkeys([36], 0)
s.add(12); d[12] = 1
s.discard(82); d.pop(82, None)
s.add(40); d[40] = 1
s.add(33); d[33] = 1
s.add(32); d[32] = 1
s.discard(6); d.pop(6, None)
s.discard(47); d.pop(47, None)
s.discard(98); d.pop(98, None)
s.discard(64); d.pop(64, None)
s.add(36); d[36] = 1
s.discard(3); d.pop(3, None)
s.discard(3); d.pop(3, None)
s.add(98); d[98] = 1
s.add(60); d[60] = 1
s.discard(68); d.pop(68, None)
s.discard(91); d.pop(91, None)
print(list(s), list(d))
s = set([73])
d = dict.fromkeys([73], 0)
s.add(0); d[0] = 1
s.discard(36); d.pop(36, None)
s.discard(6); d.pop(6, None)
s.add(62); d[62] = 1
s.add(88); d[88] = 1
s.discard(23); d.pop(23, None)
s.discard(75); d.pop(75, None)
s.add(106); d[106] = 1
s.discard(73); d.pop(73, None)
s.discard(36); d.pop(36, None)
print(list(s), list(d))
s = set([29, 63, 21])
d = dict.fromkeys([29, 63, 21], 0)
s.discard(98); d.pop(98, None)
s.add(100); d[100] = 1
s.discard(71); d.pop(71, None)
s.discard(80); d.pop(80, None)
print(list(s), list(d))
s = set([45, 12, 51, 50, 11])
d = dict.fromkeys([45, 12, 51, 50, 11], 0)
s.discard(3); d.pop(3, None)
s.add(38); d[38] = 1
s.add(115); d[115] = 1
s.discard(21); d.pop(21, None)
s.add(113); d[113] = 1
s.discard(120); d.pop(120, None)
s.add(68); d[68] = 1
s.discard(88); d.pop(88, None)
s.discard(82); d.pop(82, None)
s.add(74); d[74] = 1
s.add(19); d[19] = 1
s.discard(57); d.pop(57, None)
s.discard(94); d.pop(94, None)
s.add(59); d[59] = 1
print(list(s), list(d))
s = set([32, 74, 29, 16, 42, 59, 30])
d = dict.fromkeys([32, 74, 29, 16, 42, 59, 30], 0)
s.add(38); d[38] = 1
s.discard(105); d.pop(105, None)
s.discard(19); d.pop(19, None)
s.discard(31); d.pop(31, None)
s.discard(77); d.pop(77, None)
s.discard(20); d.pop(20, None)
s.add(24); d[24] = 1
s.add(93); d[93] = 1
s.discard(21); d.pop(21, None)
s.discard(13); d.pop(13, None)
s.add(19); d[19] = 1
s.discard(101); d.pop(101, None)
s.add(38); d[38] = 1
s.add(25); d[25] = 1
s.add(116); d[116] = 1
s.add(26); d[26] = 1
s.discard(59); d.pop(59, None)
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.add(101); d[101] = 1
print(list(s), list(d))
s = set([28, 64, 37, 59, 2, 18])
d = dict.fromkeys([28, 64, 37, 59, 2, 18], 0)
s.discard(51); d.pop(51, None)
s.add(31); d[31] = 1
s.discard(55); d.pop(55, None)
s.discard(75); d.pop(75, None)
s.discard(53); d.pop(53, None)
s.discard(85); d.pop(85, None)
s.discard(112); d.pop(112, None)
s.discard(82); d.pop(82, None)
s.discard(109); d.pop(109, None)
print(list(s), list(d))
s = set([23, 15, 58])
d = dict.fromkeys([23, 15, 58], 0)
s.add(80); d[80] = 1
s.discard(114); d.pop(114, None)
s.add(100); d[100] = 1
s.add(91); d[91] = 1
s.discard(32); d.pop(32, None)
s.discard(61); d.pop(61, None)
s.add(79); d[79] = 1
s.discard(66); d.pop(66, None)
s.discard(119); d.pop(119, None)
s.discard(114); d.pop(114, None)
s.discard(99); d.pop(99, None)
s.add(106); d[106] = 1
s.add(13); d[13] = 1
s.add(69); d[69] = 1
print(list(s), list(d))
s = set([20, 25, 66])
d = dict.fromkeys([20, 25, 66], 0)
s.add(73); d[73] = 1
s.add(26); d[26] = 1
s.discard(65); d.pop(65, None)
s.add(101); d[101] = 1
s.discard(66); d.pop(66, None)
s.add(94); d[94] = 1
s.discard(26); d.pop(26, None)
s.discard(23); d.pop(23, None)
s.add(97); d[97] = 1
s.discard(93); d.pop(93, None)
s.discard(45); d.pop(45, None)
s.discard(32); d.pop(32, None)
print(list(s), list(d))
s = set([48, 51, 7, 1])
d = dict.fromkeys([48, 51, 7, 1], 0)
s.add(53); d[53] = 1
s.discard(86); d.pop(86, None)
s.add(33); d[33] = 1
print(list(s), list(d))
s = set([28])
d = dict.fromkeys([28], 0)
s.discard(120); d.pop(120, None)
s.discard(28); d.pop(28, None)
s.discard(50); d.pop(50, None)
s.add(21); d[21] = 1
s.add(99); d[99] = 1
s.add(102); d[102] = 1
s.discard(60); d.pop(60, None)
s.discard(92); d.pop(92, None)
s.add(18); d[18] = 1
s.add(81); d[81] = 1
print(list(s), list(d))
s = set([52, 59, 37, 70, 16, 60, 45, 29, 34, 48, 32, 54])
d = dict.fromkeys([52, 59, 37, 70, 16, 60, 45, 29, 34, 48, 32, 54], 0)
s.add(0); d[0] = 1
s.discard(102); d.pop(102, None)
s.add(31); d[31] = 1
s.discard(41); d.pop(41, None)
s.add(54); d[54] = 1
s.discard(10); d.pop(10, None)
s.discard(46); d.pop(46, None)
s.add(38); d[38] = 1
s.discard(7); d.pop(7, None)
s.add(72); d[72] = 1
s.discard(100); d.pop(100, None)
s.discard(67); d.pop(67, None)
s.discard(81); d.pop(81, None)
s.discard(84); d.pop(84, None)
s.add(9); d[9] = 1
s.discard(32); d.pop(32, None)
s.discard(74); d.pop(74, None)
s.add(29); d[29] = 1
s.add(57); d[57] = 1
s.add(19); d[19] = 1
s.add(51); d[51] = 1
s.discard(21); d.pop(21, None)
print(list(s), list(d))
s = set([77, 11, 70, 38, 25, 63, 27, 67, 10])
d = dict.fromkeys([77, 11, 70, 38, 25, 63, 27, 67, 10], 0)
s.discard(85); d.pop(85, None)
s.discard(71); d.pop(71, None)
s.add(53); d[53] = 1
s.add(17); d[17] = 1
s.add(71); d[71] = 1
s.add(59); d[59] = 1
s.discard(89); d.pop(89, None)
s.add(63); d[63] = 1
s.add(76); d[76] = 1
s.discard(0); d.pop(0, None)
s.add(41); d[41] = 1
s.add(72); d[72] = 1
s.add(37); d[37] = 1
s.discard(47); d.pop(47, None)
s.add(86); d[86] = 1
s.add(81); d[81] = 1
s.add(82); d[82] = 1
s.add(78); d[78] = 1
s.add(94); d[94] = 1
s.discard(42); d.pop(42, None)
s.discard(12); d.pop(12, None)
s.discard(62); d.pop(62, None)
s.discard(18); d.pop(18, None)
s.add(91); d[91] = 1
print(list(s), list(d))
s = set([16, 43, 12, 46, 78, 60])
d = dict.fromkeys([16, 43, 12, 46, 78, 60], 0)
s.discard(98); d.pop(98, None)
s.discard(36); d.pop(36, None)
s.add(54); d[54] = 1
s.add(6); d[6] = 1
s.discard(37); d.pop(37, None)
s.add(63); d[63] = 1
s.add(64); d[64] = 1
s.discard(111); d.pop(111, None)
s.discard(26); d.pop(26, None)
s.discard(101); d.pop(101, None)
s.add(24); d[24] = 1
s.add(38); d[38] = 1
s.add(81); d[81] = 1
s.add(5); d[5] = 1
s.add(70); d[70] = 1
s.discard(69); d.pop(69, None)
s.discard(51); d.pop(51, None)
s.add(0); d[0] = 1
s.add(105); d[105] = 1
s.discard(77); d.pop(77, None)
s.discard(7); d.pop(7, None)
s.discard(116); d.pop(116, None)
s.discard(48); d.pop(48, None)
s.discard(80); d.pop(80, None)
s.discard(88); d.pop(88, None)
print(list(s), list(d))
s = set([10, 27, 5, 58, 22, 12, 23, 4, 53])
d = dict.fromkeys([10, 27, 5, 58, 22, 12, 23, 4, 53], 0)
s.add(119); d[119] = 1
s.discard(47); d.pop(47, None)
s.discard(17); d.pop(17, None)
s.discard(71); d.pop(71, None)
s.discard(110); d.pop(110, None)
s.add(53); d[53] = 1
s.add(2); d[2] = 1
s.add(82); d[82] = 1
s.discard(116); d.pop(116, None)
s.add(72); d[72] = 1
s.discard(105); d.pop(105, None)
s.add(103); d[103] = 1
s.add(89); d[89] = 1
s.discard(57); d.pop(57, None)
s.add(87); d[87] = 1
s.add(75); d[75] = 1
s.discard(84); d.pop(84, None)
s.discard(60); d.pop(60, None)
s.discard(70); d.pop(70, None)
s.add(82); d[82] = 1
s.add(114); d[114] = 1
s.add(1); d[1] = 1
s.add(1); d[1] = 1
s.discard(15); d.pop(15, None)
s.discard(109); d.pop(109, None)
print(list(s), list(d))
s = set([27])
d = dict.fromkeys([27], 0)
s.add(2); d[2] = 1
s.add(72); d[72] = 1
s.add(93); d[93] = 1
s.discard(118); d.pop(118, None)
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.discard(91); d.pop(91, None)
s.discard(18); d.pop(18, None)
s.discard(10); d.pop(10, None)
s.add(71); d[71] = 1
s.discard(58); d.pop(58, None)
s.discard(113); d.pop(113, None)
s.add(6); d[6] = 1
s.discard(1); d.pop(1, None)
s.add(113); d[113] = 1
s.discard(104); d.pop(104, None)
s.discard(49); d.pop(49, None)
s.add(93); d[93] = 1
print(list(s), list(d))
s = set([21, 62, 77, 7, 40, 47, 73, 56, 60])
d = dict.fromkeys([21, 62, 77, 7, 40, 47, 73, 56, 60], 0)
s.add(102); d[102] = 1
s.add(82); d[82] = 1
s.add(102); d[102] = 1
s.add(49); d[49] = 1
s.discard(57); d.pop(57, None)
s.discard(100); d.pop(100, None)
s.discard(42); d.pop(42, None)
s.add(7); d[7] = 1
s.discard(83); d.pop(83, None)
s.discard(105); d.pop(105, None)
s.discard(111); d.pop(111, None)
s.discard(1); d.pop(1, None)
s.discard(76); d.pop(76, None)
s.discard(74); d.pop(74, None)
s.add(113); d[113] = 1
s.add(49); d[49] = 1
s.discard(77); d.pop(77, None)
s.discard(29); d.pop(29, None)
s.discard(36); d.pop(36, None)
s.discard(41); d.pop(41, None)
s.add(54); d[54] = 1
s.add(117); d[117] = 1
print(list(s), list(d))
s = set([5, 36, 18, 73, 77, 35, 70, 63, 44, 68, 10, 62])
d = dict.fromkeys([5, 36, 18, 73, 77, 35, 70, 63, 44, 68, 10, 62], 0)
s.add(96); d[96] = 1
s.discard(29); d.pop(29, None)
s.add(7); d[7] = 1
s.discard(59); d.pop(59, None)
s.discard(118); d.pop(118, None)
s.add(96); d[96] = 1
s.add(49); d[49] = 1
s.add(11); d[11] = 1
s.discard(45); d.pop(45, None)
s.discard(29); d.pop(29, None)
s.add(66); d[66] = 1
s.discard(113); d.pop(113, None)
s.discard(41); d.pop(41, None)
print(list(s), list(d))
s = set([64, 75, 25, 24, 27, 76, 11])
d = dict.fromkeys([64, 75, 25, 24, 27, 76, 11], 0)
s.discard(37); d.pop(37, None)
s.add(72); d[72] = 1
s.add(99); d[99] = 1
s.discard(19); d.pop(19, None)
s.add(118); d[118] = 1
s.discard(47); d.pop(47, None)
print(list(s), list(d))
s = set([47])
d = dict.fromkeys([47], 0)
s.add(10); d[10] = 1
s.add(76); d[76] = 1
s.add(35); d[35] = 1
s.discard(2); d.pop(2, None)
s.add(26); d[26] = 1
s.discard(110); d.pop(110, None)
s.discard(75); d.pop(75, None)
s.discard(33); d.pop(33, None)
s.discard(35); d.pop(35, None)
s.add(57); d[57] = 1
s.discard(104); d.pop(104, None)
s.discard(16); d.pop(16, None)
s.add(4); d[4] = 1
s.add(23); d[23] = 1
s.add(3); d[3] = 1
s.add(71); d[71] = 1
s.add(90); d[90] = 1
s.add(108); d[108] = 1
s.discard(8); d.pop(8, None)
s.discard(81); d.pop(81, None)
s.add(15); d[15] = 1
print(list(s), list(d))
s = set([11, 32, 40, 72, 29, 79, 64, 50, 23, 57, 20])
d = dict.fromkeys([11, 32, 40, 72, 29, 79, 64, 50, 23, 57, 20], 0)
s.discard(92); d.pop(92, None)
s.add(4); d[4] = 1
s.discard(120); d.pop(120, None)
s.add(115); d[115] = 1
s.discard(3); d.pop(3, None)
s.discard(6); d.pop(6, None)
s.add(65); d[65] = 1
s.discard(82); d.pop(82, None)
s.discard(61); d.pop(61, None)
s.add(18); d[18] = 1
s.add(0); d[0] = 1
s.discard(86); d.pop(86, None)
print(list(s), list(d))
s = set([38, 75, 78, 56, 13, 60, 41, 47, 32, 49, 15])
d = dict.fromkeys([38, 75, 78, 56, 13, 60, 41, 47, 32, 49, 15], 0)
s.add(21); d[21] = 1
s.add(103); d[103] = 1
s.add(86); d[86] = 1
s.discard(59); d.pop(59, None)
s.discard(24); d.pop(24, None)
s.discard(20); d.pop(20, None)
s.discard(28); d.pop(28, None)
s.add(79); d[79] = 1
s.discard(113); d.pop(113, None)
s.discard(99); d.pop(99, None)
s.add(12); d[12] = 1
s.discard(49); d.pop(49, None)
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.add(43); d[43] = 1
s.add(29); d[29] = 1
s.add(80); d[80] = 1
s.add(42); d[42] = 1
s.add(7); d[7] = 1
s.add(57); d[57] = 1
s.discard(18); d.pop(18, None)
s.add(19); d[19] = 1
s.add(52); d[52] = 1
s.add(3); d[3] = 1
s.add(107); d[107] = 1
s.add(102); d[102] = 1
s.add(62); d[62] = 1
s.add(58); d[58] = 1
s.discard(14); d.pop(14, None)
s.add(65); d[65] = 1
s.add(114); d[114] = 1
s.discard(118); d.pop(118, None)
s.add(61); d[61] = 1
s.discard(15); d.pop(15, None)
s.add(25); d[25] = 1
print(list(s), list(d))
s = set([55, 33, 30, 12, 49])
d = dict.fromkeys([55, 33, 30, 12, 49], 0)
s.add(20); d[20] = 1
s.add(92); d[92] = 1
s.discard(18); d.pop(18, None)
s.discard(2); d.pop(2, None)
s.add(64); d[64] = 1
s.add(17); d[17] = 1
s.add(101); d[101] = 1
s.discard(67); d.pop(67, None)
s.add(46); d[46] = 1
s.add(116); d[116] = 1
print(list(s), list(d))
s = set([27, 35, 73, 23, 17, 76])
d = dict.fromkeys([27, 35, 73, 23, 17, 76], 0)
s.discard(91); d.pop(91, None)
s.add(76); d[76] = 1
s.add(11); d[11] = 1
s.discard(93); d.pop(93, None)
s.add(35); d[35] = 1
s.add(17); d[17] = 1
s.discard(90); d.pop(90, None)
s.discard(24); d.pop(24, None)
s.discard(25); d.pop(25, None)
s.add(88); d[88] = 1
s.discard(52); d.pop(52, None)
s.discard(117); d.pop(117, None)
s.add(103); d[103] = 1
s.add(36); d[36] = 1
s.discard(110); d.pop(110, None)
s.discard(11); d.pop(11, None)
s.add(116); d[116] = 1
print(list(s), list(d))
s = set([61, 17, 34, 31, 23, 72, 46, 4, 20, 47, 0, 45])
d = dict.fromkeys([61, 17, 34, 31, 23, 72, 46, 4, 20, 47, 0, 45], 0)
s.discard(66); d.pop(66, None)
s.add(45); d[45] = 1
s.discard(104); d.pop(104, None)
s.discard(116); d.pop(116, None)
s.add(91); d[91] = 1
s.discard(73); d.pop(73, None)
s.discard(7); d.pop(7, None)
s.add(13); d[13] = 1
s.discard(63); d.pop(63, None)
s.add(3); d[3] = 1
s.discard(68); d.pop(68, None)
s.add(31); d[31] = 1
s.discard(28); d.pop(28, None)
s.discard(21); d.pop(21, None)
s.add(32); d[32] = 1
s.discard(3); d.pop(3, None)
s.add(118); d[118] = 1
print(list(s), list(d))
s = set([24, 33, 2, 76, 73, 59, 66, 30, 56, 13, 44])
d = dict.fromkeys([24, 33, 2, 76, 73, 59, 66, 30, 56, 13, 44], 0)
s.discard(5); d.pop(5, None)
s.add(59); d[59] = 1
s.add(64); d[64] = 1
s.discard(14); d.pop(14, None)
print(list(s), list(d))
s = set([15])
d = dict.fromkeys([15], 0)
s.discard(69); d.pop(69, None)
s.discard(110); d.pop(110, None)
s.add(85); d[85] = 1
s.discard(95); d.pop(95, None)
s.add(105); d[105] = 1
s.add(81); d[81] = 1
s.add(53); d[53] = 1
s.discard(77); d.pop(77, None)
s.discard(50); d.pop(50, None)
s.discard(6); d.pop(6, None)
s.discard(43); d.pop(43, None)
s.add(107); d[107] = 1
s.add(55); d[55] = 1
print(list(s), list(d))
s = set([41, 51, 71, 6, 79, 66, 18, 45, 31])
d = dict.fromkeys([41, 51, 71, 6, 79, 66, 18, 45, 31], 0)
s.discard(1); d.pop(1, None)
s.add(67); d[67] = 1
s.add(41); d[41] = 1
s.add(64); d[64] = 1
s.discard(28); d.pop(28, None)
s.add(50); d[50] = 1
s.discard(119); d.pop(119, None)
s.add(5); d[5] = 1
s.discard(113); d.pop(113, None)
s.discard(5); d.pop(5, None)
s.add(82); d[82] = 1
s.discard(117); d.pop(117, None)
s.discard(34); d.pop(34, None)
s.discard(103); d.pop(103, None)
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.add(15); d[15] = 1
s.discard(55); d.pop(55, None)
s.add(5); d[5] = 1
s.add(39); d[39] = 1
s.add(21); d[21] = 1
s.add(76); d[76] = 1
s.discard(117); d.pop(117, None)
s.discard(34); d.pop(34, None)
s.add(75); d[75] = 1
s.discard(18); d.pop(18, None)
s.add(65); d[65] = 1
s.add(37); d[37] = 1
s.discard(73); d.pop(73, None)
s.add(31); d[31] = 1
s.discard(94); d.pop(94, None)
s.discard(107); d.pop(107, None)
s.add(88); d[88] = 1
s.discard(83); d.pop(83, None)
s.add(70); d[70] = 1
s.discard(58); d.pop(58, None)
print(list(s), list(d))
s = set([38, 78, 61, 60, 39, 3, 31, 42])
d = dict.fromkeys([38, 78, 61, 60, 39, 3, 31, 42], 0)
s.add(69); d[69] = 1
s.add(74); d[74] = 1
s.add(118); d[118] = 1
s.add(110); d[110] = 1
s.discard(41); d.pop(41, None)
s.discard(62); d.pop(62, None)
s.add(112); d[112] = 1
s.discard(37); d.pop(37, None)
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.add(70); d[70] = 1
s.add(111); d[111] = 1
s.add(84); d[84] = 1
s.add(49); d[49] = 1
s.discard(45); d.pop(45, None)
s.discard(13); d.pop(13, None)
s.discard(86); d.pop(86, None)
s.discard(19); d.pop(19, None)
s.add(85); d[85] = 1
s.add(86); d[86] = 1
s.add(78); d[78] = 1
s.discard(105); d.pop(105, None)
s.discard(12); d.pop(12, None)
s.discard(95); d.pop(95, None)
s.discard(60); d.pop(60, None)
s.add(80); d[80] = 1
s.discard(117); d.pop(117, None)
s.discard(52); d.pop(52, None)
s.discard(0); d.pop(0, None)
s.add(70); d[70] = 1
s.discard(63); d.pop(63, None)
s.add(73); d[73] = 1
s.add(108); d[108] = 1
s.discard(111); d.pop(111, None)
s.discard(14); d.pop(14, None)
print(list(s), list(d))
s = set([57, 58, 36, 45, 37, 76])
d = dict.fromkeys([57, 58, 36, 45, 37, 76], 0)
s.discard(76); d.pop(76, None)
s.add(41); d[41] = 1
s.add(95); d[95] = 1
s.discard(63); d.pop(63, None)
s.add(38); d[38] = 1
s.add(38); d[38] = 1
s.discard(55); d.pop(55, None)
s.discard(74); d.pop(74, None)
s.add(105); d[105] = 1
s.discard(41); d.pop(41, None)
s.discard(77); d.pop(77, None)
s.discard(41); d.pop(41, None)
s.add(54); d[54] = 1
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.add(72); d[72] = 1
print(list(s), list(d))
s = set([38, 68, 39, 78, 55, 66, 74])
d = dict.fromkeys([38, 68, 39, 78, 55, 66, 74], 0)
s.discard(49); d.pop(49, None)
s.add(5); d[5] = 1
s.discard(44); d.pop(44, None)
s.add(1); d[1] = 1
s.discard(67); d.pop(67, None)
s.add(52); d[52] = 1
s.add(51); d[51] = 1
s.discard(118); d.pop(118, None)
s.discard(112); d.pop(112, None)
s.add(53); d[53] = 1
s.add(56); d[56] = 1
s.discard(115); d.pop(115, None)
s.discard(43); d.pop(43, None)
s.discard(95); d.pop(95, None)
s.discard(21); d.pop(21, None)
s.add(46); d[46] = 1
s.discard(105); d.pop(105, None)
s.add(22); d[22] = 1
s.add(114); d[114] = 1
s.add(43); d[43] = 1
s.discard(65); d.pop(65, None)
s.discard(53); d.pop(53, None)
s.discard(67); d.pop(67, None)
s.add(65); d[65] = 1
print(list(s), list(d))
s = set([64, 24, 52])
d = dict.fromkeys([64, 24, 52], 0)
s.add(72); d[72] = 1
s.discard(45); d.pop(45, None)
s.discard(80); d.pop(80, None)
s.discard(5); d.pop(5, None)
s.discard(1); d.pop(1, None)
s.discard(39); d.pop(39, None)
print(list(s), list(d))
s = set([70, 0, 38, 50, 12, 1, 3, 25, 22, 63, 34])
d = dict.fromkeys([70, 0, 38, 50, 12, 1, 3, 25, 22, 63, 34], 0)
s.discard(65); d.pop(65, None)
s.discard(73); d.pop(73, None)
s.add(77); d[77] = 1
s.add(20); d[20] = 1
s.discard(65); d.pop(65, None)
s.add(12); d[12] = 1
s.add(66); d[66] = 1
s.add(59); d[59] = 1
s.discard(103); d.pop(103, None)
s.discard(83); d.pop(83, None)
s.add(98); d[98] = 1
s.discard(18); d.pop(18, None)
s.discard(45); d.pop(45, None)
s.add(4); d[4] = 1
s.add(12); d[12] = 1
s.discard(74); d.pop(74, None)
s.add(24); d[24] = 1
s.add(49); d[49] = 1
s.add(28); d[28] = 1
s.discard(74); d.pop(74, None)
s.discard(5); d.pop(5, None)
print(list(s), list(d))
s = set([6, 30, 31, 28, 5, 20, 22])
d = dict.fromkeys([6, 30, 31, 28, 5, 20, 22], 0)
s.add(110); d[110] = 1
s.discard(38); d.pop(38, None)
s.add(32); d[32] = 1
s.discard(63); d.pop(63, None)
s.discard(8); d.pop(8, None)
s.add(49); d[49] = 1
s.discard(74); d.pop(74, None)
s.add(39); d[39] = 1
s.add(91); d[91] = 1
s.add(101); d[101] = 1
s.discard(11); d.pop(11, None)
print(list(s), list(d))
s = set([21, 45])
d = dict.fromkeys([21, 45], 0)
s.add(112); d[112] = 1
s.add(71); d[71] = 1
s.add(42); d[42] = 1
s.discard(49); d.pop(49, None)
s.add(83); d[83] = 1
s.add(15); d[15] = 1
s.add(116); d[116] = 1
s.add(31); d[31] = 1
s.add(59); d[59] = 1
s.add(30); d[30] = 1
s.add(35); d[35] = 1
s.discard(43); d.pop(43, None)
s.discard(30); d.pop(30, None)
print(list(s), list(d))
s = set([16, 11, 25, 34, 69, 79, 71, 56, 59, 30, 20])
d = dict.fromkeys([16, 11, 25, 34, 69, 79, 71, 56, 59, 30, 20], 0)
s.add(92); d[92] = 1
s.add(80); d[80] = 1
s.discard(26); d.pop(26, None)
s.add(60); d[60] = 1
s.discard(29); d.pop(29, None)
s.discard(86); d.pop(86, None)
s.add(90); d[90] = 1
s.discard(76); d.pop(76, None)
s.discard(75); d.pop(75, None)
s.discard(68); d.pop(68, None)
s.add(77); d[77] = 1
s.discard(16); d.pop(16, None)
print(list(s), list(d))
s = set([15, 65, 11, 69, 34, 49, 3, 72, 18, 39, 1, 74])
d = dict.fromkeys([15, 65, 11, 69, 34, 49, 3, 72, 18, 39, 1, 74], 0)
s.add(22); d[22] = 1
s.discard(29); d.pop(29, None)
s.add(84); d[84] = 1
s.discard(8); d.pop(8, None)
s.discard(46); d.pop(46, None)
s.discard(97); d.pop(97, None)
s.add(8); d[8] = 1
s.discard(11); d.pop(11, None)
s.add(16); d[16] = 1
s.discard(51); d.pop(51, None)
s.add(51); d[51] = 1
s.discard(59); d.pop(59, None)
s.discard(112); d.pop(112, None)
s.discard(110); d.pop(110, None)
s.add(35); d[35] = 1
s.add(46); d[46] = 1
s.discard(84); d.pop(84, None)
s.discard(114); d.pop(114, None)
s.add(84); d[84] = 1
s.discard(59); d.pop(59, None)
s.add(108); d[108] = 1
s.add(115); d[115] = 1
s.discard(23); d.pop(23, None)
print(list(s), list(d))
s = set([14, 34, 77, 28])
d = dict.fromkeys([14, 34, 77, 28], 0)
s.discard(51); d.pop(51, None)
s.add(20); d[20] = 1
s.add(96); d[96] = 1
s.add(48); d[48] = 1
s.discard(70); d.pop(70, None)
s.add(81); d[81] = 1
s.discard(72); d.pop(72, None)
s.discard(72); d.pop(72, None)
s.add(66); d[66] = 1
s.add(55); d[55] = 1
s.discard(73); d.pop(73, None)
s.add(0); d[0] = 1
s.add(97); d[97] = 1
s.discard(36); d.pop(36, None)
s.discard(112); d.pop(112, None)
s.discard(77); d.pop(77, None)
s.discard(31); d.pop(31, None)
s.discard(4); d.pop(4, None)
s.discard(26); d.pop(26, None)
s.discard(44); d.pop(44, None)
s.discard(11); d.pop(11, None)
s.add(95); d[95] = 1
s.add(95); d[95] = 1
print(list(s), list(d))
s = set([28, 35, 67, 11, 44, 54, 56, 43, 64])
d = dict.fromkeys([28, 35, 67, 11, 44, 54, 56, 43, 64], 0)
s.discard(107); d.pop(107, None)
s.discard(57); d.pop(57, None)
s.discard(86); d.pop(86, None)
s.discard(54); d.pop(54, None)
s.discard(108); d.pop(108, None)
s.discard(16); d.pop(16, None)
s.add(24); d[24] = 1
s.add(89); d[89] = 1
s.discard(71); d.pop(71, None)
s.add(69); d[69] = 1
s.add(99); d[99] = 1
s.discard(69); d.pop(69, None)
s.add(7); d[7] = 1
s.add(44); d[44] = 1
s.add(25); d[25] = 1
s.discard(17); d.pop(17, None)
s.add(90); d[90] = 1
s.add(61); d[61] = 1
s.add(30); d[30] = 1
s.add(88); d[88] = 1
s.add(119); d[119] = 1
s.discard(89); d.pop(89, None)
s.add(113); d[113] = 1
s.discard(75); d.pop(75, None)
print(list(s), list(d))
s = set([30, 42, 15, 70, 54, 21, 19, 59, 51])
d = dict.fromkeys([30, 42, 15, 70, 54, 21, 19, 59, 51], 0)
s.add(37); d[37] = 1
s.add(62); d[62] = 1
s.add(7); d[7] = 1
s.discard(38); d.pop(38, None)
s.add(89); d[89] = 1
s.add(14); d[14] = 1
s.add(56); d[56] = 1
print(list(s), list(d))
s = set([72, 46, 37, 21, 71, 9, 5])
d = dict.fromkeys([72, 46, 37, 21, 71, 9, 5], 0)
s.add(96); d[96] = 1
print(list(s), list(d))
s = set([10, 42, 72, 33, 13, 62, 55])
d = dict.fromkeys([10, 42, 72, 33, 13, 62, 55], 0)
s.add(69); d[69] = 1
s.add(45); d[45] = 1
s.discard(82); d.pop(82, None)
s.add(78); d[78] = 1
s.discard(83); d.pop(83, None)
s.discard(83); d.pop(83, None)
s.add(17); d[17] = 1
s.discard(3); d.pop(3, None)
s.discard(107); d.pop(107, None)
s.add(47); d[47] = 1
s.add(81); d[81] = 1
s.discard(114); d.pop(114, None)
s.discard(21); d.pop(21, None)
s.add(92); d[92] = 1
s.discard(95); d.pop(95, None)
s.discard(48); d.pop(48, None)
print(list(s), list(d))
s = set([45, 40])
d = dict.fromkeys([45, 40], 0)
s.add(70); d[70] = 1
s.discard(107); d.pop(107, None)
s.discard(30); d.pop(30, None)
s.add(13); d[13] = 1
s.discard(80); d.pop(80, None)
s.discard(90); d.pop(90, None)
s.add(6); d[6] = 1
s.discard(63); d.pop(63, None)
print(list(s), list(d))
s = set([63, 20, 38, 74, 10, 18])
d = dict.fromkeys([63, 20, 38, 74, 10, 18], 0)
s.add(17); d[17] = 1
s.add(51); d[51] = 1
s.add(5); d[5] = 1
s.discard(61); d.pop(61, None)
s.add(92); d[92] = 1
s.add(4); d[4] = 1
s.discard(109); d.pop(109, None)
s.discard(65); d.pop(65, None)
s.add(36); d[36] = 1
s.add(7); d[7] = 1
s.discard(53); d.pop(53, None)
s.discard(8); d.pop(8, None)
s.add(85); d[85] = 1
s.discard(22); d.pop(22, None)
s.discard(21); d.pop(21, None)
s.add(0); d[0] = 1
s.add(72); d[72] = 1
s.discard(72); d.pop(72, None)
s.add(10); d[10] = 1
s.discard(66); d.pop(66, None)
s.add(68); d[68] = 1
s.discard(110); d.pop(110, None)
s.add(51); d[51] = 1
print(list(s), list(d))
s = set([79, 10, 7, 42, 38, 72, 73, 53, 47])
d = dict.fromkeys([79, 10, 7, 42, 38, 72, 73, 53, 47], 0)
s.discard(17); d.pop(17, None)
s.add(43); d[43] = 1
s.discard(81); d.pop(81, None)
s.add(24); d[24] = 1
s.add(94); d[94] = 1
s.add(10); d[10] = 1
s.add(74); d[74] = 1
s.add(74); d[74] = 1
s.discard(46); d.pop(46, None)
s.discard(72); d.pop(72, None)
s.add(33); d[33] = 1
s.add(23); d[23] = 1
s.discard(25); d.pop(25, None)
s.discard(14); d.pop(14, None)
s.add(107); d[107] = 1
s.add(12); d[12] = 1
print(list(s), list(d))
s = set([67, 32, 62])
d = dict.fromkeys([67, 32, 62], 0)
s.discard(28); d.pop(28, None)
s.discard(89); d.pop(89, None)
s.add(65); d[65] = 1
s.discard(72); d.pop(72, None)
s.add(52); d[52] = 1
s.discard(102); d.pop(102, None)
s.add(110); d[110] = 1
s.discard(64); d.pop(64, None)
print(list(s), list(d))
s = set([14, 65, 13, 58, 50, 69, 21, 24, 60, 11, 17])
d = dict.fromkeys([14, 65, 13, 58, 50, 69, 21, 24, 60, 11, 17], 0)
s.discard(7); d.pop(7, None)
s.add(6); d[6] = 1
s.add(1); d[1] = 1
s.discard(27); d.pop(27, None)
s.add(15); d[15] = 1
s.discard(54); d.pop(54, None)
s.discard(11); d.pop(11, None)
s.discard(111); d.pop(111, None)
s.add(14); d[14] = 1
s.discard(111); d.pop(111, None)
s.add(46); d[46] = 1
s.discard(43); d.pop(43, None)
print(list(s), list(d))
s = set([1, 32, 15, 30, 47, 65, 67, 45, 62, 5, 72, 12])
d = dict.fromkeys([1, 32, 15, 30, 47, 65, 67, 45, 62, 5, 72, 12], 0)
s.discard(102); d.pop(102, None)
s.discard(4); d.pop(4, None)
s.discard(86); d.pop(86, None)
s.add(45); d[45] = 1
s.add(57); d[57] = 1
s.add(74); d[74] = 1
s.add(101); d[101] = 1
s.add(14); d[14] = 1
s.add(33); d[33] = 1
s.add(70); d[70] = 1
s.discard(111); d.pop(111, None)
s.discard(48); d.pop(48, None)
print(list(s), list(d))
s = set([75, 32])
d = dict.fromkeys([75, 32], 0)
s.discard(97); d.pop(97, None)
s.discard(56); d.pop(56, None)
s.add(43); d[43] = 1
s.discard(62); d.pop(62, None)
s.discard(111); d.pop(111, None)
s.add(107); d[107] = 1
s.add(23); d[23] = 1
s.discard(82); d.pop(82, None)
s.discard(50); d.pop(50, None)
s.discard(20); d.pop(20, None)
s.discard(57); d.pop(57, None)
s.add(111); d[111] = 1
s.discard(66); d.pop(66, None)
s.add(42); d[42] = 1
s.discard(39); d.pop(39, None)
s.discard(75); d.pop(75, None)
s.discard(27); d.pop(27, None)
s.add(46); d[46] = 1
print(list(s), list(d))
s = set([59, 42, 73, 79, 49, 45, 40, 0, 78, 61, 71])
d = dict.fromkeys([59, 42, 73, 79, 49, 45, 40, 0, 78, 61, 71], 0)
s.add(58); d[58] = 1
s.discard(77); d.pop(77, None)
s.add(18); d[18] = 1
s.discard(18); d.pop(18, None)
s.add(34); d[34] = 1
s.add(33); d[33] = 1
s.add(73); d[73] = 1
s.discard(17); d.pop(17, None)
print(list(s), list(d))
s = set([4, 71, 12, 25, 54, 73, 77, 46, 36, 30, 18])
d = dict.fromkeys([4, 71, 12, 25, 54, 73, 77, 46, 36, 30, 18], 0)
s.add(97); d[97] = 1
s.add(46); d[46] = 1
s.discard(81); d.pop(81, None)
s.add(111); d[111] = 1
s.discard(51); d.pop(51, None)
s.add(90); d[90] = 1
s.add(41); d[41] = 1
s.discard(100); d.pop(100, None)
s.add(47); d[47] = 1
s.discard(103); d.pop(103, None)
s.add(44); d[44] = 1
s.add(26); d[26] = 1
s.add(111); d[111] = 1
s.discard(51); d.pop(51, None)
s.add(72); d[72] = 1
s.discard(118); d.pop(118, None)
s.add(8); d[8] = 1
s.add(92); d[92] = 1
s.add(93); d[93] = 1
s.discard(84); d.pop(84, None)
s.discard(43); d.pop(43, None)
s.add(24); d[24] = 1
print(list(s), list(d))
s = set([10, 74, 22, 38, 78, 45, 59, 75, 54])
d = dict.fromkeys([10, 74, 22, 38, 78, 45, 59, 75, 54], 0)
s.discard(8); d.pop(8, None)
s.discard(40); d.pop(40, None)
s.discard(35); d.pop(35, None)
s.discard(69); d.pop(69, None)
s.add(21); d[21] = 1
s.discard(30); d.pop(30, None)
s.discard(27); d.pop(27, None)
s.add(57); d[57] = 1
s.add(77); d[77] = 1
s.add(64); d[64] = 1
s.discard(25); d.pop(25, None)
s.add(7); d[7] = 1
s.discard(76); d.pop(76, None)
s.add(9); d[9] = 1
s.discard(112); d.pop(112, None)
s.discard(92); d.pop(92, None)
s.add(24); d[24] = 1
s.add(82); d[82] = 1
s.discard(81); d.pop(81, None)
s.add(3); d[3] = 1
s.add(41); d[41] = 1
s.discard(3); d.pop(3, None)
s.discard(51); d.pop(51, None)
s.discard(102); d.pop(102, None)
print(list(s), list(d))
s = set([22, 7, 53, 5, 11])
d = dict.fromkeys([22, 7, 53, 5, 11], 0)
s.discard(99); d.pop(99, None)
s.add(76); d[76] = 1
s.add(120); d[120] = 1
s.add(1); d[1] = 1
s.add(40); d[40] = 1
s.discard(40); d.pop(40, None)
s.add(78); d[78] = 1
s.discard(106); d.pop(106, None)
s.add(11); d[11] = 1
s.add(26); d[26] = 1
s.add(98); d[98] = 1
s.discard(45); d.pop(45, None)
s.discard(54); d.pop(54, None)
s.add(87); d[87] = 1
s.discard(71); d.pop(71, None)
s.add(77); d[77] = 1
s.discard(29); d.pop(29, None)
s.discard(33); d.pop(33, None)
s.discard(61); d.pop(61, None)
s.discard(99); d.pop(99, None)
s.discard(83); d.pop(83, None)
print(list(s), list(d))
s = set([70, 58, 71, 35, 46, 66, 67, 76, 16, 32, 1, 60])
d = dict.fromkeys([70, 58, 71, 35, 46, 66, 67, 76, 16, 32, 1, 60], 0)
s.discard(99); d.pop(99, None)
s.discard(19); d.pop(19, None)
s.discard(29); d.pop(29, None)
s.add(11); d[11] = 1
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.add(7); d[7] = 1
s.discard(26); d.pop(26, None)
s.discard(23); d.pop(23, None)
s.add(77); d[77] = 1
s.add(19); d[19] = 1
s.discard(111); d.pop(111, None)
s.discard(117); d.pop(117, None)
s.discard(67); d.pop(67, None)
s.add(99); d[99] = 1
s.discard(56); d.pop(56, None)
s.discard(63); d.pop(63, None)
s.add(116); d[116] = 1
s.add(102); d[102] = 1
s.add(27); d[27] = 1
s.add(115); d[115] = 1
s.add(84); d[84] = 1
s.discard(8); d.pop(8, None)
s.discard(116); d.pop(116, None)
s.add(110); d[110] = 1
s.add(29); d[29] = 1
print(list(s), list(d))
s = set([48, 52, 79, 28, 3, 32, 2, 33, 55])
d = dict.fromkeys([48, 52, 79, 28, 3, 32, 2, 33, 55], 0)
s.add(26); d[26] = 1
s.add(54); d[54] = 1
s.discard(38); d.pop(38, None)
s.discard(63); d.pop(63, None)
s.add(72); d[72] = 1
s.discard(61); d.pop(61, None)
s.discard(111); d.pop(111, None)
s.discard(96); d.pop(96, None)
print(list(s), list(d))
s = set([38, 36])
d = dict.fromkeys([38, 36], 0)
s.add(62); d[62] = 1
s.discard(31); d.pop(31, None)
s.add(87); d[87] = 1
print(list(s), list(d))
s = set([76, 57, 27, 74, 6, 26, 46, 5, 56])
d = dict.fromkeys([76, 57, 27, 74, 6, 26, 46, 5, 56], 0)
s.add(17); d[17] = 1
s.discard(38); d.pop(38, None)
s.discard(103); d.pop(103, None)
s.add(116); d[116] = 1
s.add(116); d[116] = 1
s.add(64); d[64] = 1
print(list(s), list(d))
s = set([45, 12, 21, 59, 50, 11, 53, 43, 75, 42, 4])
d = dict.fromkeys([45, 12, 21, 59, 50, 11, 53, 43, 75, 42, 4], 0)
s.add(101); d[101] = 1
s.discard(1); d.pop(1, None)
s.add(64); d[64] = 1
s.discard(73); d.pop(73, None)
s.add(13); d[13] = 1
s.discard(6); d.pop(6, None)
s.discard(40); d.pop(40, None)
s.add(14); d[14] = 1
s.add(62); d[62] = 1
s.discard(67); d.pop(67, None)
s.add(22); d[22] = 1
s.add(69); d[69] = 1
s.add(94); d[94] = 1
s.discard(14); d.pop(14, None)
s.discard(107); d.pop(107, None)
s.add(117); d[117] = 1
s.add(27); d[27] = 1
s.discard(113); d.pop(113, None)
s.add(9); d[9] = 1
print(list(s), list(d))
s = set([22, 1, 33, 34])
d = dict.fromkeys([22, 1, 33, 34], 0)
s.discard(25); d.pop(25, None)
s.discard(52); d.pop(52, None)
s.discard(46); d.pop(46, None)
print(list(s), list(d))
s = set([1, 41, 5, 58])
d = dict.fromkeys([1, 41, 5, 58], 0)
s.add(42); d[42] = 1
s.discard(111); d.pop(111, None)
s.discard(34); d.pop(34, None)
s.add(40); d[40] = 1
s.discard(49); d.pop(49, None)
s.discard(49); d.pop(49, None)
s.discard(112); d.pop(112, None)
s.add(18); d[18] = 1
s.discard(81); d.pop(81, None)
s.add(77); d[77] = 1
s.discard(32); d.pop(32, None)
s.discard(93); d.pop(93, None)
s.add(30); d[30] = 1
s.discard(84); d.pop(84, None)
s.add(107); d[107] = 1
s.discard(4); d.pop(4, None)
s.discard(6); d.pop(6, None)
s.add(71); d[71] = 1
print(list(s), list(d))
s = set([56, 70, 40, 58, 73])
d = dict.fromkeys([56, 70, 40, 58, 73], 0)
s.add(82); d[82] = 1
print(list(s), list(d))
s = set([65, 43, 75, 69, 48, 30, 77])
d = dict.fromkeys([65, 43, 75, 69, 48, 30, 77], 0)
s.discard(50); d.pop(50, None)
s.discard(34); d.pop(34, None)
s.discard(86); d.pop(86, None)
s.discard(9); d.pop(9, None)
s.discard(69); d.pop(69, None)
s.discard(118); d.pop(118, None)
s.discard(33); d.pop(33, None)
s.add(107); d[107] = 1
s.add(92); d[92] = 1
s.add(75); d[75] = 1
s.add(28); d[28] = 1
s.discard(8); d.pop(8, None)
print(list(s), list(d))
s = set([67, 46, 79, 26, 77, 21, 78, 30, 22, 19, 58, 71])
d = dict.fromkeys([67, 46, 79, 26, 77, 21, 78, 30, 22, 19, 58, 71], 0)
s.discard(109); d.pop(109, None)
s.discard(111); d.pop(111, None)
s.discard(41); d.pop(41, None)
s.add(106); d[106] = 1
s.discard(54); d.pop(54, None)
s.add(19); d[19] = 1
s.discard(48); d.pop(48, None)
s.add(45); d[45] = 1
s.discard(66); d.pop(66, None)
s.discard(57); d.pop(57, None)
s.discard(35); d.pop(35, None)
s.add(57); d[57] = 1
s.discard(57); d.pop(57, None)
s.discard(93); d.pop(93, None)
s.discard(97); d.pop(97, None)
s.discard(0); d.pop(0, None)
s.discard(46); d.pop(46, None)
s.add(84); d[84] = 1
s.add(47); d[47] = 1
s.discard(102); d.pop(102, None)
s.add(2); d[2] = 1
print(list(s), list(d))
s = set([25, 0, 73, 33, 7, 22, 39, 69])
d = dict.fromkeys([25, 0, 73, 33, 7, 22, 39, 69], 0)
s.discard(32); d.pop(32, None)
s.add(106); d[106] = 1
s.add(67); d[67] = 1
s.discard(109); d.pop(109, None)
s.add(16); d[16] = 1
s.add(101); d[101] = 1
s.add(99); d[99] = 1
s.add(5); d[5] = 1
s.discard(48); d.pop(48, None)
print(list(s), list(d))
s = set([5, 37, 52, 55, 77])
d = dict.fromkeys([5, 37, 52, 55, 77], 0)
s.add(49); d[49] = 1
s.discard(16); d.pop(16, None)
s.discard(24); d.pop(24, None)
s.discard(109); d.pop(109, None)
s.discard(47); d.pop(47, None)
s.add(26); d[26] = 1
s.add(9); d[9] = 1
s.add(57); d[57] = 1
s.add(67); d[67] = 1
print(list(s), list(d))
s = set([63, 3, 13, 75, 72, 59])
d = dict.fromkeys([63, 3, 13, 75, 72, 59], 0)
s.discard(55); d.pop(55, None)
s.add(60); d[60] = 1
s.add(8); d[8] = 1
s.add(62); d[62] = 1
s.add(96); d[96] = 1
s.discard(85); d.pop(85, None)
s.add(25); d[25] = 1
s.add(5); d[5] = 1
s.discard(37); d.pop(37, None)
s.discard(98); d.pop(98, None)
s.add(58); d[58] = 1
s.add(28); d[28] = 1
s.discard(73); d.pop(73, None)
s.discard(13); d.pop(13, None)
s.add(108); d[108] = 1
print(list(s), list(d))
s = set([27, 72, 58, 7, 25, 42, 61, 76, 70, 53, 17, 52])
d = dict.fromkeys([27, 72, 58, 7, 25, 42, 61, 76, 70, 53, 17, 52], 0)
s.discard(18); d.pop(18, None)
s.add(24); d[24] = 1
print(list(s), list(d))
s = set([0, 23, 68, 35, 66, 33, 11, 40])
d = dict.fromkeys([0, 23, 68, 35, 66, 33, 11, 40], 0)
s.add(109); d[109] = 1
s.add(50); d[50] = 1
s.discard(53); d.pop(53, None)
s.discard(39); d.pop(39, None)
s.add(110); d[110] = 1
s.add(55); d[55] = 1
s.discard(32); d.pop(32, None)
s.add(16); d[16] = 1
s.add(68); d[68] = 1
s.discard(119); d.pop(119, None)
s.add(62); d[62] = 1
s.discard(18); d.pop(18, None)
s.add(102); d[102] = 1
print(list(s), list(d))
s = set([25, 58, 71, 6, 40])
d = dict.fromkeys([25, 58, 71, 6, 40], 0)
s.discard(52); d.pop(52, None)
print(list(s), list(d))
s = set([41, 4, 35, 28, 56, 37, 25, 26, 58])
d = dict.fromkeys([41, 4, 35, 28, 56, 37, 25, 26, 58], 0)
s.discard(56); d.pop(56, None)
s.add(26); d[26] = 1
s.add(55); d[55] = 1
s.discard(15); d.pop(15, None)
s.add(110); d[110] = 1
s.discard(104); d.pop(104, None)
s.discard(23); d.pop(23, None)
s.add(92); d[92] = 1
s.discard(102); d.pop(102, None)
s.add(28); d[28] = 1
s.discard(86); d.pop(86, None)
s.discard(102); d.pop(102, None)
s.add(107); d[107] = 1
print(list(s), list(d))
s = set([18, 26])
d = dict.fromkeys([18, 26], 0)
s.add(12); d[12] = 1
s.add(11); d[11] = 1
s.discard(53); d.pop(53, None)
s.add(106); d[106] = 1
s.add(115); d[115] = 1
s.add(54); d[54] = 1
s.add(7); d[7] = 1
s.discard(17); d.pop(17, None)
s.add(107); d[107] = 1
s.add(97); d[97] = 1
s.add(74); d[74] = 1
s.discard(90); d.pop(90, None)
s.discard(19); d.pop(19, None)
s.add(33); d[33] = 1
s.add(107); d[107] = 1
s.add(102); d[102] = 1
s.discard(29); d.pop(29, None)
print(list(s), list(d))
s = set([4, 41, 48, 19, 37, 28])
d = dict.fromkeys([4, 41, 48, 19, 37, 28], 0)
s.discard(11); d.pop(11, None)
s.add(19); d[19] = 1
s.discard(55); d.pop(55, None)
s.add(51); d[51] = 1
s.add(106); d[106] = 1
s.add(84); d[84] = 1
s.discard(83); d.pop(83, None)
s.discard(67); d.pop(67, None)
s.add(62); d[62] = 1
s.add(96); d[96] = 1
s.discard(113); d.pop(113, None)
s.discard(11); d.pop(11, None)
s.add(35); d[35] = 1
s.discard(76); d.pop(76, None)
s.discard(96); d.pop(96, None)
s.add(17); d[17] = 1
s.add(98); d[98] = 1
s.discard(108); d.pop(108, None)
s.discard(74); d.pop(74, None)
s.discard(4); d.pop(4, None)
s.discard(12); d.pop(12, None)
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.add(19); d[19] = 1
s.discard(6); d.pop(6, None)
s.add(44); d[44] = 1
s.add(31); d[31] = 1
s.add(46); d[46] = 1
s.add(100); d[100] = 1
s.discard(103); d.pop(103, None)
s.add(71); d[71] = 1
s.add(95); d[95] = 1
s.discard(100); d.pop(100, None)
s.add(50); d[50] = 1
s.add(4); d[4] = 1
print(list(s), list(d))
s = set([])
d = dict.fromkeys([], 0)
s.discard(52); d.pop(52, None)
s.discard(16); d.pop(16, None)
s.add(107); d[107] = 1
s.add(47); d[47] = 1
s.discard(93); d.pop(93, None)
s.add(21); d[21] = 1
s.discard(11); d.pop(11, None)
s.add(107); d[107] = 1
s.discard(107); d.pop(107, None)
s.add(19); d[19] = 1
s.add(13); d[13] = 1
s.discard(14); d.pop(14, None)
s.add(34); d[34] = 1
s.discard(15); d.pop(15, None)
s.add(31); d[31] = 1
s.add(68); d[68] = 1
s.add(32); d[32] = 1
print(list(s), list(d))
s = set([25, 36, 51, 71, 26])
d = dict.fromkeys([25, 36, 51, 71, 26], 0)
s.discard(93); d.pop(93, None)
s.discard(64); d.pop(64, None)
s.add(12); d[12] = 1
s.add(120); d[120] = 1
s.add(101); d[101] = 1
print(list(s), list(d))
s = set([73, 26, 29, 11, 21, 19, 33, 3, 54, 50, 66, 14])
d = dict.fromkeys([73, 26, 29, 11, 21, 19, 33, 3, 54, 50, 66, 14], 0)
s.discard(15); d.pop(15, None)
s.add(74); d[74] = 1
s.add(31); d[31] = 1
s.discard(100); d.pop(100, None)
s.discard(104); d.pop(104, None)
s.add(31); d[31] = 1
s.add(43); d[43] = 1
s.discard(5); d.pop(5, None)
s.add(98); d[98] = 1
s.discard(104); d.pop(104, None)
print(list(s), list(d))
s = set([43, 10, 59, 75])
d = dict.fromkeys([43, 10, 59, 75], 0)
s.add(120); d[120] = 1
s.discard(100); d.pop(100, None)
s.add(11); d[11] = 1
s.discard(18); d.pop(18, None)
s.discard(86); d.pop(86, None)
s.add(102); d[102] = 1
print(list(s), list(d))
s = set([17, 26, 25, 28, 42])
d = dict.fromkeys([17, 26, 25, 28, 42], 0)
s.discard(0); d.pop(0, None)
s.discard(61); d.pop(61, None)
s.add(67); d[67] = 1
s.discard(116); d.pop(116, None)
s.add(77); d[77] = 1
s.discard(25); d.pop(25, None)
s.discard(6); d.pop(6, None)
s.discard(100); d.pop(100, None)
s.add(83); d[83] = 1
s.discard(44); d.pop(44, None)
s.discard(102); d.pop(102, None)
s.discard(86); d.pop(86, None)
s.discard(63); d.pop(63, None)
s.add(106); d[106] = 1
s.discard(38); d.pop(38, None)
s.discard(95); d.pop(95, None)
s.add(100); d[100] = 1
s.discard(75); d.pop(75, None)
s.add(49); d[49] = 1
s.discard(100); d.pop(100, None)
s.discard(65); d.pop(65, None)
s.add(75); d[75] = 1
s.discard(80); d.pop(80, None)
print(list(s), list(d))
s = set([8])
d = dict.fromkeys([8], 0)
s.discard(108); d.pop(108, None)
s.add(25); d[25] = 1
s.discard(71); d.pop(71, None)
s.add(63); d[63] = 1
s.discard(119); d.pop(119, None)
s.discard(90); d.pop(90, None)
s.add(84); d[84] = 1
s.discard(101); d.pop(101, None)
s.discard(99); d.pop(99, None)
print(list(s), list(d))
s = set([48, 51, 11, 29, 43])
d = dict.fromkeys([48, 51, 11, 29, 43], 0)
s.discard(107); d.pop(107, None)
s.add(39); d[39] = 1
s.add(62); d[62] = 1
s.discard(14); d.pop(14, None)
s.discard(60); d.pop(60, None)
s.add(77); d[77] = 1
s.add(18); d[18] = 1
s.add(27); d[27] = 1
s.add(50); d[50] = 1
s.discard(79); d.pop(79, None)
s.add(42); d[42] = 1
s.add(34); d[34] = 1
s.add(113); d[113] = 1
s.add(84); d[84] = 1
s.discard(30); d.pop(30, None)
s.add(87); d[87] = 1
s.discard(48); d.pop(48, None)
s.discard(23); d.pop(23, None)
s.add(42); d[42] = 1
s.discard(46); d.pop(46, None)
s.add(44); d[44] = 1
s.discard(78); d.pop(78, None)
print(list(s), list(d))
s = set([39, 63, 40, 64, 24, 20])
d = dict.fromkeys([39, 63, 40, 64, 24, 20], 0)
s.discard(0); d.pop(0, None)
s.discard(13); d.pop(13, None)
s.discard(58); d.pop(58, None)
s.discard(84); d.pop(84, None)
s.add(45); d[45] = 1
s.discard(70); d.pop(70, None)
s.discard(96); d.pop(96, None)
s.discard(48); d.pop(48, None)
s.add(96); d[96] = 1
s.discard(85); d.pop(85, None)
s.add(65); d[65] = 1
s.discard(56); d.pop(56, None)
s.add(37); d[37] = 1
print(list(s), list(d))
s = set([39, 48, 66, 7, 63])
d = dict.fromkeys([39, 48, 66, 7, 63], 0)
s.add(2); d[2] = 1
s.add(106); d[106] = 1
s.discard(15); d.pop(15, None)
s.discard(57); d.pop(57, None)
s.add(65); d[65] = 1
s.discard(93); d.pop(93, None)
s.discard(58); d.pop(58, None)
s.add(41); d[41] = 1
s.add(0); d[0] = 1
s.discard(114); d.pop(114, None)
s.add(24); d[24] = 1
s.discard(73); d.pop(73, None)
s.discard(50); d.pop(50, None)
s.add(75); d[75] = 1
s.discard(35); d.pop(35, None)
s.discard(30); d.pop(30, None)
print(list(s), list(d))
s = set([69, 3, 53, 70])
d = dict.fromkeys([69, 3, 53, 70], 0)
s.discard(103); d.pop(103, None)
s.discard(81); d.pop(81, None)
s.add(90); d[90] = 1
s.add(115); d[115] = 1
s.add(20); d[20] = 1
s.discard(63); d.pop(63, None)
s.discard(101); d.pop(101, None)
s.discard(114); d.pop(114, None)
s.add(66); d[66] = 1
s.discard(7); d.pop(7, None)
s.add(94); d[94] = 1
s.discard(87); d.pop(87, None)
s.add(6); d[6] = 1
s.discard(49); d.pop(49, None)
print(list(s), list(d))
s = set([46, 23, 34, 39, 60, 25, 41, 56, 51, 13, 33, 79])
d = dict.fromkeys([46, 23, 34, 39, 60, 25, 41, 56, 51, 13, 33, 79], 0)
s.add(101); d[101] = 1
s.discard(34); d.pop(34, None)
s.add(118); d[118] = 1
s.discard(57); d.pop(57, None)
s.discard(52); d.pop(52, None)
s.discard(99); d.pop(99, None)
s.discard(5); d.pop(5, None)
s.add(96); d[96] = 1
s.discard(84); d.pop(84, None)
s.discard(85); d.pop(85, None)
s.add(9); d[9] = 1
s.add(46); d[46] = 1
s.discard(50); d.pop(50, None)
print(list(s), list(d))
s = set([36, 15, 33, 57, 1, 5, 68, 72])
d = dict.fromkeys([36, 15, 33, 57, 1, 5, 68, 72], 0)
s.add(120); d[120] = 1
s.add(31); d[31] = 1
s.discard(112); d.pop(112, None)
s.discard(96); d.pop(96, None)
s.discard(106); d.pop(106, None)
s.add(103); d[103] = 1
s.discard(119); d.pop(119, None)
s.add(82); d[82] = 1
s.add(92); d[92] = 1
s.discard(88); d.pop(88, None)
print(list(s), list(d))
s = set([51])
d = dict.fromkeys([51], 0)
s.discard(101); d.pop(101, None)
s.discard(43); d.pop(43, None)
s.add(63); d[63] = 1
s.discard(44); d.pop(44, None)
s.discard(91); d.pop(91, None)
s.discard(68); d.pop(68, None)
s.discard(52); d.pop(52, None)
s.discard(115); d.pop(115, None)
s.add(27); d[27] = 1
s.add(8); d[8] = 1
s.discard(8); d.pop(8, None)
s.discard(109); d.pop(109, None)
s.discard(30); d.pop(30, None)
print(list(s), list(d))
s = set([55, 51, 27, 73, 35, 16, 19, 28, 30])
d = dict.fromkeys([55, 51, 27, 73, 35, 16, 19, 28, 30], 0)
s.add(36); d[36] = 1
s.discard(95); d.pop(95, None)
s.discard(119); d.pop(119, None)
s.discard(112); d.pop(112, None)
s.add(82); d[82] = 1
s.discard(90); d.pop(90, None)
s.add(114); d[114] = 1
s.add(8); d[8] = 1
s.discard(77); d.pop(77, None)
s.discard(34); d.pop(34, None)
s.discard(115); d.pop(115, None)
s.add(12); d[12] = 1
s.add(72); d[72] = 1
s.discard(102); d.pop(102, None)
s.add(2); d[2] = 1
s.discard(9); d.pop(9, None)
s.add(41); d[41] = 1
print(list(s), list(d))
s = set([0, 58, 17])
d = dict.fromkeys([0, 58, 17], 0)
s.add(7); d[7] = 1
s.discard(75); d.pop(75, None)
s.discard(103); d.pop(103, None)
s.add(68); d[68] = 1
s.discard(14); d.pop(14, None)
s.add(37); d[37] = 1
s.discard(43); d.pop(43, None)
s.discard(67); d.pop(67, None)
s.discard(27); d.pop(27, None)
s.discard(105); d.pop(105, None)
s.add(107); d[107] = 1
s.discard(73); d.pop(73, None)
s.discard(3); d.pop(3, None)
s.add(22); d[22] = 1
s.add(64); d[64] = 1
print(list(s), list(d))
s = set([54, 47, 8, 35])
d = dict.fromkeys([54, 47, 8, 35], 0)
s.add(14); d[14] = 1
s.add(65); d[65] = 1
s.discard(52); d.pop(52, None)
s.add(111); d[111] = 1
s.discard(7); d.pop(7, None)
s.discard(68); d.pop(68, None)
s.add(32); d[32] = 1
s.add(61); d[61] = 1
s.discard(55); d.pop(55, None)
s.add(87); d[87] = 1
s.discard(79); d.pop(79, None)
s.add(43); d[43] = 1
s.discard(14); d.pop(14, None)
s.add(36); d[36] = 1
s.discard(9); d.pop(9, None)
s.discard(66); d.pop(66, None)
s.add(99); d[99] = 1
s.add(90); d[90] = 1
s.discard(98); d.pop(98, None)
s.add(71); d[71] = 1
s.discard(107); d.pop(107, None)
s.discard(95); d.pop(95, None)
s.discard(2); d.pop(2, None)
s.discard(92); d.pop(92, None)
print(list(s), list(d))
s = set([2, 8, 45, 26, 53, 1, 68, 33, 71])
d = dict.fromkeys([2, 8, 45, 26, 53, 1, 68, 33, 71], 0)
s.discard(72); d.pop(72, None)
s.discard(45); d.pop(45, None)
s.add(5); d[5] = 1
s.discard(88); d.pop(88, None)
s.add(115); d[115] = 1
s.add(91); d[91] = 1
s.add(13); d[13] = 1
s.add(109); d[109] = 1
s.add(99); d[99] = 1
s.discard(62); d.pop(62, None)
s.discard(116); d.pop(116, None)
s.add(40); d[40] = 1
print(list(s), list(d))
s = set([16, 13, 67, 72, 32, 65, 49])
d = dict.fromkeys([16, 13, 67, 72, 32, 65, 49], 0)
s.add(84); d[84] = 1
s.add(116); d[116] = 1
s.add(35); d[35] = 1
s.discard(66); d.pop(66, None)
s.add(93); d[93] = 1
s.discard(20); d.pop(20, None)
s.discard(107); d.pop(107, None)
print(list(s), list(d))
s = set([17, 79, 1, 14, 27, 74])
d = dict.fromkeys([17, 79, 1, 14, 27, 74], 0)
s.add(1); d[1] = 1
s.discard(100); d.pop(100, None)
s.add(99); d[99] = 1
s.add(113); d[113] = 1
s.discard(116); d.pop(116, None)
s.add(41); d[41] = 1
s.add(71); d[71] = 1
s.discard(62); d.pop(62, None)
s.discard(115); d.pop(115, None)
s.add(31); d[31] = 1
s.add(45); d[45] = 1
s.add(13); d[13] = 1
s.add(112); d[112] = 1
s.add(25); d[25] = 1
s.add(73); d[73] = 1
s.discard(81); d.pop(81, None)
s.discard(116); d.pop(116, None)
s.add(8); d[8] = 1
print(list(s), list(d))
s = set([6, 60, 21, 51, 30, 78, 74, 18, 15])
d = dict.fromkeys([6, 60, 21, 51, 30, 78, 74, 18, 15], 0)
s.discard(8); d.pop(8, None)
s.discard(102); d.pop(102, None)
s.discard(29); d.pop(29, None)
s.add(72); d[72] = 1
s.discard(105); d.pop(105, None)
s.add(94); d[94] = 1
s.discard(4); d.pop(4, None)
s.add(116); d[116] = 1
s.discard(102); d.pop(102, None)
s.add(59); d[59] = 1
s.add(30); d[30] = 1
s.discard(28); d.pop(28, None)
s.discard(5); d.pop(5, None)
s.discard(81); d.pop(81, None)
s.discard(52); d.pop(52, None)
s.add(19); d[19] = 1
print(list(s), list(d))
s = set([2, 61, 13, 12, 23, 18, 67])
d = dict.fromkeys([2, 61, 13, 12, 23, 18, 67], 0)
s.discard(41); d.pop(41, None)
s.add(100); d[100] = 1
s.discard(48); d.pop(48, None)
s.discard(0); d.pop(0, None)
s.add(3); d[3] = 1
s.discard(105); d.pop(105, None)
print(list(s), list(d))
s = set([64])
d = dict.fromkeys([64], 0)
s.discard(76); d.pop(76, None)
s.discard(68); d.pop(68, None)
s.add(6); d[6] = 1
s.discard(78); d.pop(78, None)
s.add(50); d[50] = 1
s.discard(71); d.pop(71, None)
s.discard(3); d.pop(3, None)
s.add(64); d[64] = 1
s.discard(58); d.pop(58, None)
s.add(90); d[90] = 1
s.discard(26); d.pop(26, None)
s.discard(14); d.pop(14, None)
s.discard(11); d.pop(11, None)
s.discard(45); d.pop(45, None)
s.discard(11); d.pop(11, None)
s.discard(108); d.pop(108, None)
s.discard(12); d.pop(12, None)
s.add(35); d[35] = 1
print(list(s), list(d))
