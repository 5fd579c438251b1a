-- Reward catalogue: every reward form and emulation title (hình thức khen thưởng, danh hiệu thi đua)
-- with its track, who may be nominated, who decides it, the dossier it requires and its money as
-- multiples of the base salary. Portable between H2 2.x and PostgreSQL 15.

create table reward_form (
    code                       varchar(60)  not null primary key,
    name                       varchar(500) not null,
    kind                       varchar(20)  not null,
    track                      varchar(20)  not null,
    nominee_scope              varchar(20)  not null,
    decided_by                 varchar(40)  not null,
    money_multiple_individual  numeric(5, 2),
    money_multiple_collective  numeric(5, 2),
    active                     boolean      not null default true,
    sort_order                 integer      not null,
    version                    integer      not null default 0,
    constraint ck_reward_form_multiple_individual check (money_multiple_individual >= 0),
    constraint ck_reward_form_multiple_collective check (money_multiple_collective >= 0)
);

create table reward_form_document (
    reward_form_code  varchar(60) not null,
    sort_order        integer     not null,
    document_kind     varchar(40) not null,
    constraint pk_reward_form_document primary key (reward_form_code, sort_order),
    constraint fk_reward_form_document_form foreign key (reward_form_code) references reward_form (code)
);

-- The seed catalogue, for every installation (production needs it too). These are starting values,
-- not law written in code: Ban Tổ chức corrects, adds and retires forms through PUT/POST /api/reward-forms.
-- Party track (Điều lệ Đảng, QĐ 232-QĐ/TW): the committee's Ban Thường vụ decides its Giấy khen and the
-- "bốn tốt" titles; Bằng khen, Cờ and Huy hiệu Đảng belong to the province and are forwarded.
-- Money multiples of the Party track from HD 56-HD/VPTW (Giấy khen 2.0 to an organisation, 1.0 to a member).
-- State track (Luật Thi đua, khen thưởng 2022, Nghị định 98/2023/NĐ-CP): the People's Committee chair
-- decides Giấy khen, "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở" and "Tập thể lao động tiên tiến";
-- "Tập thể lao động xuất sắc" and the province chair's Bằng khen are forwarded. Forms the province decides
-- carry no money here: the province pays them (e.g. 1.5 for "Tập thể lao động xuất sắc").
-- Mass organisations reward by their own charters: recorded here, neither decided nor paid.
insert into reward_form (code, name, kind, track, nominee_scope, decided_by,
                         money_multiple_individual, money_multiple_collective, active, sort_order, version) values
    ('GIAY_KHEN_BTV_TAP_THE', 'Giấy khen của Ban Thường vụ cấp ủy tặng tổ chức đảng',
        'REWARD', 'PARTY', 'COLLECTIVE', 'PARTY_COMMITTEE', null, 2.00, true, 10, 0),
    ('GIAY_KHEN_BTV_DANG_VIEN',
        'Giấy khen của Ban Thường vụ cấp ủy tặng đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền',
        'REWARD', 'PARTY', 'INDIVIDUAL', 'PARTY_COMMITTEE', 1.00, null, true, 20, 0),
    ('CHI_BO_BON_TOT', 'Chi bộ bốn tốt',
        'TITLE', 'PARTY', 'COLLECTIVE', 'PARTY_COMMITTEE', null, null, true, 30, 0),
    ('DANG_BO_CO_SO_BON_TOT', 'Đảng bộ cơ sở bốn tốt',
        'TITLE', 'PARTY', 'COLLECTIVE', 'PARTY_COMMITTEE', null, null, true, 40, 0),
    ('BANG_KHEN_BTV_TINH_UY', 'Bằng khen của Ban Thường vụ Tỉnh ủy',
        'REWARD', 'PARTY', 'BOTH', 'PROVINCE', null, null, true, 50, 0),
    ('CO_THI_DUA_TINH_UY', 'Cờ thi đua của Tỉnh ủy',
        'REWARD', 'PARTY', 'COLLECTIVE', 'PROVINCE', null, null, true, 60, 0),
    ('HUY_HIEU_DANG', 'Huy hiệu Đảng',
        'REWARD', 'PARTY', 'INDIVIDUAL', 'PROVINCE', null, null, true, 70, 0),
    ('GIAY_KHEN_CHU_TICH_UBND', 'Giấy khen của Chủ tịch Ủy ban nhân dân',
        'REWARD', 'STATE', 'BOTH', 'PEOPLES_COMMITTEE_CHAIR', 0.15, 0.30, true, 110, 0),
    ('LAO_DONG_TIEN_TIEN', 'Lao động tiên tiến',
        'TITLE', 'STATE', 'INDIVIDUAL', 'PEOPLES_COMMITTEE_CHAIR', 0.30, null, true, 120, 0),
    ('CHIEN_SI_THI_DUA_CO_SO', 'Chiến sĩ thi đua cơ sở',
        'TITLE', 'STATE', 'INDIVIDUAL', 'PEOPLES_COMMITTEE_CHAIR', 1.00, null, true, 130, 0),
    ('TAP_THE_LAO_DONG_TIEN_TIEN', 'Tập thể lao động tiên tiến',
        'TITLE', 'STATE', 'COLLECTIVE', 'PEOPLES_COMMITTEE_CHAIR', null, 0.80, true, 140, 0),
    ('TAP_THE_LAO_DONG_XUAT_SAC', 'Tập thể lao động xuất sắc',
        'TITLE', 'STATE', 'COLLECTIVE', 'PROVINCE', null, null, true, 150, 0),
    ('BANG_KHEN_CHU_TICH_UBND_TINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        'REWARD', 'STATE', 'BOTH', 'PROVINCE', null, null, true, 160, 0),
    ('GIAY_KHEN_DOAN_THE', 'Giấy khen của tổ chức đoàn thể',
        'REWARD', 'MASS_ORG', 'BOTH', 'MASS_ORGANIZATION', null, null, true, 210, 0);

-- Dossiers per Law 2022 Art. 84: a title needs the proposal, the achievement report and the minutes of the
-- evaluation meeting, "Chiến sĩ thi đua cơ sở" also the certificate of its initiative; a reward form needs
-- the proposal, the achievement report and the minutes of the meeting that considered it.
insert into reward_form_document (reward_form_code, sort_order, document_kind)
select code, 0, 'TO_TRINH' from reward_form
union all
select code, 1, 'BAO_CAO_THANH_TICH' from reward_form
union all
select code, 2, 'BIEN_BAN_HOP_XET' from reward_form;

insert into reward_form_document (reward_form_code, sort_order, document_kind) values
    ('CHIEN_SI_THI_DUA_CO_SO', 3, 'CHUNG_NHAN_SANG_KIEN');
