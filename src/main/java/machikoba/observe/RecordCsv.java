package machikoba.observe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A record as a row of a CSV file: its components are the columns, in the order declared,
 * each named in snake_case ({@code bornYear} is {@code born_year}). A row type so declares its
 * file's columns once ({@link FirmRow}, {@link NetworkLedger.Row}).
 */
public final class RecordCsv {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toArray(Method[]::new);
        }
    };

    private RecordCsv() { }

    /** The header: the components' names in snake_case, in order. */
    public static String[] columns(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
                .toArray(String[]::new);
    }

    /** One row's cells, in the order of {@link #columns}. */
    public static Object[] cells(Record row) {
        Method[] accessors = ACCESSORS.get(row.getClass());
        Object[] out = new Object[accessors.length];
        try {
            for (int i = 0; i < accessors.length; i++) out[i] = accessors[i].invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + row.getClass().getSimpleName(), e);
        }
        return out;
    }

    /** The rows' cells, each made when it is asked for. */
    public static List<Object[]> cells(List<? extends Record> rows) {
        return new Cells(rows);
    }

    private static final class Cells extends AbstractList<Object[]> implements RandomAccess {
        private final List<? extends Record> rows;

        Cells(List<? extends Record> rows) { this.rows = rows; }

        @Override public Object[] get(int i) { return cells(rows.get(i)); }

        @Override public int size() { return rows.size(); }
    }
}
