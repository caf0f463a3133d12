package id.layanankecamatan.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class RamadanScheduleRepository {

    private static final String COLUMNS = "id, first_day, last_day, opens, closes, break_start, break_end, "
            + "friday_opens, friday_closes, friday_break_start, friday_break_end, decree";
    private static final String VALUES = "first_day = ?, last_day = ?, opens = ?, closes = ?, break_start = ?, "
            + "break_end = ?, friday_opens = ?, friday_closes = ?, friday_break_start = ?, friday_break_end = ?, decree = ?";

    private final JdbcClient jdbc;

    public RamadanScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RamadanSchedule> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ramadan_schedule ORDER BY first_day").query(this::map).list();
    }

    /** The schedules with at least one day in the year. */
    public List<RamadanSchedule> inYear(int year) {
        return overlapping(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The schedules with at least one day in [first, last]. */
    public List<RamadanSchedule> overlapping(LocalDate first, LocalDate last) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ramadan_schedule WHERE first_day <= ? AND last_day >= ? ORDER BY first_day")
                .params(last, first).query(this::map).list();
    }

    public Optional<RamadanSchedule> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ramadan_schedule WHERE id = ?").param(id).query(this::map)
                .optional();
    }

    public long insert(RamadanSchedule schedule) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ramadan_schedule (" + COLUMNS.substring("id, ".length())
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(schedule)).update(key, "id");
        return key.getKey().longValue();
    }

    public boolean update(long id, RamadanSchedule schedule) {
        Object[] values = values(schedule);
        Object[] withId = Arrays.copyOf(values, values.length + 1);
        withId[values.length] = id;
        return jdbc.sql("UPDATE ramadan_schedule SET " + VALUES + " WHERE id = ?").params(withId).update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM ramadan_schedule WHERE id = ?").param(id).update() == 1;
    }

    private static Object[] values(RamadanSchedule s) {
        return new Object[] {s.firstDay(), s.lastDay(), s.opens(), s.closes(), s.breakStart(), s.breakEnd(),
                s.fridayOpens(), s.fridayCloses(), s.fridayBreakStart(), s.fridayBreakEnd(), s.decree()};
    }

    private RamadanSchedule map(ResultSet rs, int row) throws SQLException {
        return new RamadanSchedule(rs.getLong("id"), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), time(rs, "opens"), time(rs, "closes"),
                time(rs, "break_start"), time(rs, "break_end"), time(rs, "friday_opens"), time(rs, "friday_closes"),
                time(rs, "friday_break_start"), time(rs, "friday_break_end"), rs.getString("decree"));
    }

    private static LocalTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }
}
