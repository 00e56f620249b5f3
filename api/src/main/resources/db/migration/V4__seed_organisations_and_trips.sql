-- The organiser, the sending organisations and the two editions named in shared/seed/study-trip-2025-article.txt
-- ("Fostering a Resilient Future: Chinese Delegation Visits South Korea for Climate Adaptation Study", ICLEI East
-- Asia). Names of the Chinese bodies: their official Chinese names (生态环境部环境发展中心, and the people's
-- governments of the five local governments as listed on www.gov.cn); ICLEI's Chinese and Korean names as used
-- on eastasia.iclei.org. The 2024 edition is only named in the article ("a similar trip in 2024", "the 2024 Study
-- Trip"): its dates and host country are not given there, so they stay empty rather than guessed; it is taken to be
-- an edition of the same ICLEI East Asia programme. No people.

INSERT INTO organisation (id, code, name_en, name_zh, name_ko, type, country, city_id, website, version, created_at, updated_at)
VALUES
    (UNHEX('01990292D3E870C2918D0B79E3D8552E'), 'iclei-east-asia', 'ICLEI East Asia Secretariat',
     '宜可城-地方可持续发展协会东亚秘书处', '이클레이 동아시아본부', 'SECRETARIAT', 'KR', NULL, 'https://eastasia.iclei.org',
     0, '2025-09-01 00:00:01', '2025-09-01 00:00:01'),
    (UNHEX('01990292D3E974AEAA8F1FAEF5E40FE9'), 'mee-environmental-development-center',
     'Environmental Development Center of the Ministry of Ecology and Environment', '生态环境部环境发展中心', NULL,
     'NATIONAL_BODY', 'CN', NULL, NULL, 0, '2025-09-01 00:00:01', '2025-09-01 00:00:01'),
    (UNHEX('01990292D3EA779CBEB616C1033400E9'), 'shangluo-government', 'Shangluo Municipal People''s Government',
     '商洛市人民政府', NULL, 'LOCAL_GOVERNMENT', 'CN', UNHEX('01990292D0007AAB903DA09DBF670782'), NULL,
     0, '2025-09-01 00:00:01', '2025-09-01 00:00:01'),
    (UNHEX('01990292D3EB743A8FBA25A958F8C412'), 'hebei-government', 'Hebei Provincial People''s Government',
     '河北省人民政府', NULL, 'LOCAL_GOVERNMENT', 'CN', UNHEX('01990292D00172089D9C4E5BE23308BD'), NULL,
     0, '2025-09-01 00:00:01', '2025-09-01 00:00:01'),
    (UNHEX('01990292D3EC74159F629E3A050F67F1'), 'changzhi-government', 'Changzhi Municipal People''s Government',
     '长治市人民政府', NULL, 'LOCAL_GOVERNMENT', 'CN', UNHEX('01990292D002747CBCD3A075B31E2EC8'), NULL,
     0, '2025-09-01 00:00:01', '2025-09-01 00:00:01'),
    (UNHEX('01990292D3ED7E80A69274E5F1B890AC'), 'shenzhen-government', 'Shenzhen Municipal People''s Government',
     '深圳市人民政府', NULL, 'LOCAL_GOVERNMENT', 'CN', UNHEX('01990292D00375F8A232F79E9B92E370'), NULL,
     0, '2025-09-01 00:00:01', '2025-09-01 00:00:01'),
    (UNHEX('01990292D3EE78F6AB2D40D21C64B565'), 'lishui-government', 'Lishui Municipal People''s Government',
     '丽水市人民政府', NULL, 'LOCAL_GOVERNMENT', 'CN', UNHEX('01990292D00470339B5BC81FB4B05CA4'), NULL,
     0, '2025-09-01 00:00:01', '2025-09-01 00:00:01');

INSERT INTO trip (id, code, title_en, title_zh, title_ko, summary_en, host_country, time_zone, start_date, end_date,
                  organiser_id, status, previous_edition_id, policy_framework_en, version, created_at, updated_at)
VALUES
    (UNHEX('01990292D3EF78D0BED5B411EEE15583'), 'study-trip-2024', '2024 Study Trip', NULL, NULL,
     'The 2024 edition that the 2025 study trip builds on; its Chinese participants received programme certificates.',
     NULL, NULL, NULL, NULL, UNHEX('01990292D3E870C2918D0B79E3D8552E'), 'COMPLETED', NULL, NULL,
     0, '2025-09-01 00:00:01', '2025-09-01 00:00:01'),
    (UNHEX('01990292D3F07E3696454F4FC29F028E'), 'korea-2025',
     'Climate Change Adaptation and Urban Resilience Study Trip in South Korea', NULL, NULL,
     'A 12-member delegation from the Environmental Development Center of the Ministry of Ecology and Environment of '
     'China and five local governments (Shangluo, Hebei Province, Changzhi, Shenzhen and Lishui) meets experts from '
     'Korean government agencies, public institutions and public-private partnerships on climate change adaptation, '
     'urban resilience and sustainable development, and learns from South Korea''s policies and practices.',
     'KR', 'Asia/Seoul', '2025-10-13', '2025-10-17', UNHEX('01990292D3E870C2918D0B79E3D8552E'), 'COMPLETED',
     UNHEX('01990292D3EF78D0BED5B411EEE15583'),
     'Local action and policy implementation in line with China''s National Climate Change Adaptation Strategy 2035 '
     'and the initiative to advance climate-resilient city development in China.',
     0, '2025-09-01 00:00:01', '2025-09-01 00:00:01');

INSERT INTO trip_topic (trip_id, topic_id)
SELECT UNHEX('01990292D3F07E3696454F4FC29F028E'), id FROM topic
WHERE code IN ('climate-change-adaptation', 'public-private-collaboration', 'urban-resilience',
               'building-energy-efficiency', 'eco-mobility', 'nature-based-solutions', 'citizen-engagement');

INSERT INTO trip_sending_organisation (trip_id, organisation_id)
SELECT UNHEX('01990292D3F07E3696454F4FC29F028E'), id FROM organisation
WHERE code IN ('mee-environmental-development-center', 'shangluo-government', 'hebei-government',
               'changzhi-government', 'shenzhen-government', 'lishui-government');

INSERT INTO change_log (entity_type, entity_id, trip_id, operation, entity_version, changed_at)
SELECT 'organisation', id, NULL, 'CREATED', version, created_at FROM organisation ORDER BY id;
INSERT INTO change_log (entity_type, entity_id, trip_id, operation, entity_version, changed_at)
SELECT 'trip', id, id, 'CREATED', version, created_at FROM trip ORDER BY created_at, code;
