-- 2027: Keputusan Bersama Menteri Agama No. 1205 Tahun 2026, Menteri Ketenagakerjaan No. 3 Tahun 2026 and Menteri
-- PANRB No. 2 Tahun 2026 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 (15 September 2026): 18 national
-- holidays and 8 days of cuti bersama (DOMAIN-REVIEW.md section 3.3; check against the decree's PDF before release).
-- Isra Mikraj falls twice in 2027 (1448 H and 1449 H). The decree leaves Idulfitri and Iduladha 1448 H to a
-- separate decision of the Minister of Religious Affairs (sidang isbat), so those rows say the date may change.
-- When the Keppres on cuti bersama for ASN 2027 appears, administrators add it to the cuti bersama rows' decree.

INSERT INTO holiday (holiday_date, name, kind, decree) VALUES
    (DATE '2027-01-01', 'Tahun Baru 2027 Masehi', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-01-05', 'Isra Mikraj Nabi Muhammad S.A.W. (1448 H)', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-02-05', 'Cuti bersama Tahun Baru Imlek 2578 Kongzili', 'CUTI_BERSAMA', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-03-08', 'Hari Suci Nyepi (Tahun Baru Saka 1949)', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-03-09', 'Cuti bersama Idulfitri 1448 Hijriah', 'CUTI_BERSAMA', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-03-10', 'Idulfitri 1448 Hijriah', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026; tanggal dapat berubah sesuai keputusan Menteri Agama (sidang isbat)'),
    (DATE '2027-03-11', 'Idulfitri 1448 Hijriah', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026; tanggal dapat berubah sesuai keputusan Menteri Agama (sidang isbat)'),
    (DATE '2027-03-12', 'Cuti bersama Idulfitri 1448 Hijriah', 'CUTI_BERSAMA', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-03-15', 'Cuti bersama Idulfitri 1448 Hijriah', 'CUTI_BERSAMA', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-03-25', 'Cuti bersama Wafat Yesus Kristus', 'CUTI_BERSAMA', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-03-26', 'Wafat Yesus Kristus', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-05-01', 'Hari Buruh Internasional', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-05-06', 'Kenaikan Yesus Kristus', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-05-17', 'Iduladha 1448 Hijriah', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026; tanggal dapat berubah sesuai keputusan Menteri Agama (sidang isbat)'),
    (DATE '2027-05-18', 'Cuti bersama Iduladha 1448 Hijriah', 'CUTI_BERSAMA', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-05-19', 'Cuti bersama Hari Raya Waisak 2571 BE', 'CUTI_BERSAMA', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-05-20', 'Hari Raya Waisak 2571 BE', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-06-01', 'Hari Lahir Pancasila', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-06-06', '1 Muharam Tahun Baru Islam 1449 Hijriah', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-08-15', 'Maulid Nabi Muhammad S.A.W.', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-08-17', 'Proklamasi Kemerdekaan', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-12-25', 'Kelahiran Yesus Kristus', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026'),
    (DATE '2027-12-26', 'Isra Mikraj Nabi Muhammad S.A.W. (1449 H)', 'NATIONAL', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026');
