package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.period.Period;

public record CheckInput(ItemDefinition item, Period period, NumberStyle numberStyle) {}
