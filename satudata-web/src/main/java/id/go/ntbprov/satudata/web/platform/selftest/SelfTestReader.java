package id.go.ntbprov.satudata.web.platform.selftest;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Reads the ids {@code firstId .. firstId + rows - 1}; the checkpoint is the next index. */
@Named("platformSelfTestReader")
@Dependent
public class SelfTestReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "firstId")
  String firstId;

  @Inject
  @BatchProperty(name = "rows")
  String rows;

  private int next;

  @Override
  public void open(Serializable checkpoint) {
    next = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  @Override
  public Object readItem() {
    if (next >= Integer.parseInt(rows)) {
      return null;
    }
    return Integer.parseInt(firstId) + next++;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
