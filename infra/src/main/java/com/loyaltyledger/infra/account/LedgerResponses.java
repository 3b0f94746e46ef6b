package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.account.Amounts;
import com.loyaltyledger.command.account.AssetCatalog;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.springframework.stereotype.Component;

/** Minor units as the API shows them: decimal strings in the asset's scale. */
@Component
class LedgerResponses {

    private final AssetCatalog assets;

    LedgerResponses(AssetCatalog assets) {
        this.assets = assets;
    }

    String money(long minor, String asset) {
        return Amounts.format(minor, assets.scaleOf(asset, "asset"));
    }

    String money(BigInteger minor, String asset) {
        return new BigDecimal(minor, assets.scaleOf(asset, "asset")).toPlainString();
    }

    String money(Long minor, String asset) {
        return minor == null ? null : money(minor.longValue(), asset);
    }
}
