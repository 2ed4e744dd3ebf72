package id.go.ntbprov.satudata.web.platform.selftest;

import id.go.ntbprov.satudata.web.platform.Platform;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts each id into {@code platform_probe}, inside the chunk's transaction: the same transaction
 * in which the batch runtime writes its checkpoint, through the same pool.
 */
@Named("platformSelfTestWriter")
@Dependent
public class SelfTestWriter extends AbstractItemWriter {

  @Resource(lookup = Platform.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public void writeItems(List<Object> items) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO platform_probe (id) VALUES (?)")) {
      for (Object item : items) {
        insert.setInt(1, (Integer) item);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
