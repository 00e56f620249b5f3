-- The five local governments of the 2025 study trip (shared/seed/study-trip-2025-article.txt) and the topics
-- the article names. Ids are fixed UUIDv7 values so that partners see the same ids on every installation.
-- Geographic facts are public:
--   names, provinces and administrative levels: the administrative division lists of the PRC Ministry of Civil
--   Affairs (行政区划, www.mca.gov.cn) as summarised in the English Wikipedia articles "Shangluo", "Hebei",
--   "Changzhi", "Shenzhen" (sub-provincial city since 1994) and "Lishui";
--   coordinates (seat of the city government; for Hebei the provincial capital Shijiazhuang), rounded to four
--   places: the coordinates given in those Wikipedia articles, which agree with GeoNames (geonames.org);
--   time zone: China uses a single zone, Asia/Shanghai in the IANA tz database.
-- Every write is logged: the seed rows enter the change log like any other creation.

INSERT INTO city (id, code, name_en, name_zh, name_ko, province_en, province_zh, province_ko, level, country,
                  time_zone, latitude, longitude, version, created_at, updated_at)
VALUES
    (UNHEX('01990292D0007AAB903DA09DBF670782'), 'shangluo', 'Shangluo', '商洛市', '상뤄시',
     'Shaanxi', '陕西省', '산시성', 'PREFECTURE_LEVEL_CITY', 'CN', 'Asia/Shanghai', 33.8683, 109.9404,
     0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D00172089D9C4E5BE23308BD'), 'hebei', 'Hebei Province', '河北省', '허베이성',
     NULL, NULL, NULL, 'PROVINCE', 'CN', 'Asia/Shanghai', 38.0428, 114.5149,
     0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D002747CBCD3A075B31E2EC8'), 'changzhi', 'Changzhi', '长治市', '창즈시',
     'Shanxi', '山西省', '산시성', 'PREFECTURE_LEVEL_CITY', 'CN', 'Asia/Shanghai', 36.1954, 113.1163,
     0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D00375F8A232F79E9B92E370'), 'shenzhen', 'Shenzhen', '深圳市', '선전시',
     'Guangdong', '广东省', '광둥성', 'SUB_PROVINCIAL_CITY', 'CN', 'Asia/Shanghai', 22.5431, 114.0579,
     0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D00470339B5BC81FB4B05CA4'), 'lishui', 'Lishui', '丽水市', '리수이시',
     'Zhejiang', '浙江省', '저장성', 'PREFECTURE_LEVEL_CITY', 'CN', 'Asia/Shanghai', 28.4517, 119.9229,
     0, '2025-09-01 00:00:00', '2025-09-01 00:00:00');

INSERT INTO topic (id, code, name_en, name_zh, name_ko, description_en, version, created_at, updated_at)
VALUES
    (UNHEX('01990292D0057D629D752C99ED41FE66'), 'climate-change-adaptation', 'Climate change adaptation actions',
     '气候变化适应行动', '기후변화 적응 행동',
     'Local action and policy implementation to adapt to a changing climate.', 0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D006742DBF61D920BC595992'), 'public-private-collaboration', 'Public–private collaboration',
     '公私合作', '민관 협력',
     'Government agencies, public institutions and companies working together on climate action.', 0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D0077E28A25827A4AE05A8A4'), 'urban-resilience', 'Urban resilience',
     '城市韧性', '도시 회복력',
     'Cities that withstand and recover from floods, heat and other shocks.', 0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D0087CAAB470DD170233CAAC'), 'building-energy-efficiency', 'Building energy efficiency',
     '建筑能效', '건물 에너지 효율',
     'Using less energy to heat, cool and run buildings.', 0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D00972A9A5461CDBB0B65637'), 'eco-mobility', 'Eco-mobility',
     '生态交通', '에코 모빌리티',
     'Walking, cycling, public transport and shared, low-emission vehicles.', 0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D00A7294BF47C79763B527C4'), 'nature-based-solutions', 'Nature-based solutions',
     '基于自然的解决方案', '자연 기반 해법',
     'Using ecosystems, such as wetlands and urban forests, to meet climate challenges.', 0, '2025-09-01 00:00:00', '2025-09-01 00:00:00'),
    (UNHEX('01990292D00B782DBB4EBD02C67F8599'), 'citizen-engagement', 'Citizen engagement',
     '公众参与', '시민 참여',
     'Involving residents in planning and carrying out climate action.', 0, '2025-09-01 00:00:00', '2025-09-01 00:00:00');

INSERT INTO change_log (entity_type, entity_id, trip_id, operation, entity_version, changed_at)
SELECT 'city', id, NULL, 'CREATED', version, created_at FROM city ORDER BY id;
INSERT INTO change_log (entity_type, entity_id, trip_id, operation, entity_version, changed_at)
SELECT 'topic', id, NULL, 'CREATED', version, created_at FROM topic ORDER BY id;
