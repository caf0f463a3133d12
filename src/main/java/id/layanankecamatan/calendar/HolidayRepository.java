package id.layanankecamatan.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class HolidayRepository {

    private static final String COLUMNS = "id, holiday_date, name, kind, decree";

    private final JdbcClient jdbc;

    public HolidayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every day of the table with its kind, for the calendar. */
    public Map<LocalDate, HolidayKind> kindsByDate() {
        Map<LocalDate, HolidayKind> kinds = new HashMap<>();
        jdbc.sql("SELECT holiday_date, kind FROM holiday").query(rs -> {
            kinds.put(rs.getObject("holiday_date", LocalDate.class), HolidayKind.valueOf(rs.getString("kind")));
        });
        return kinds;
    }

    public List<Holiday> inYear(int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM holiday WHERE holiday_date BETWEEN ? AND ? ORDER BY holiday_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(this::map).list();
    }

    public Optional<Holiday> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM holiday WHERE id = ?").param(id).query(this::map).optional();
    }

    public Optional<Holiday> findByDate(LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM holiday WHERE holiday_date = ?").param(date).query(this::map)
                .optional();
    }

    public long insert(HolidayInput input) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO holiday (holiday_date, name, kind, decree) VALUES (?, ?, ?, ?)")
                .params(input.date(), input.name(), input.kind().name(), input.decree())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public boolean update(long id, HolidayInput input) {
        return jdbc.sql("UPDATE holiday SET holiday_date = ?, name = ?, kind = ?, decree = ? WHERE id = ?")
                .params(input.date(), input.name(), input.kind().name(), input.decree(), id).update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM holiday WHERE id = ?").param(id).update() == 1;
    }

    private Holiday map(ResultSet rs, int row) throws SQLException {
        return new Holiday(rs.getLong("id"), rs.getObject("holiday_date", LocalDate.class), rs.getString("name"),
                HolidayKind.valueOf(rs.getString("kind")), rs.getString("decree"));
    }
}
