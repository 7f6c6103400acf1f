package io.certdesk.crypto.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.eclipse.osgi.util.NLS;

/** Collects a response body up to a size cap; a larger body (announced or received) fails the download. */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final int maxBytes;
    private Flow.Subscription subscription;

    CappedBodySubscriber(HttpResponse.ResponseInfo info, int maxBytes) {
        this.maxBytes = maxBytes;
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1L); //$NON-NLS-1$
        if (announced > maxBytes) {
            result.completeExceptionally(tooLarge());
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + item.remaining() > maxBytes) {
                result.completeExceptionally(tooLarge());
                subscription.cancel();
                return;
            }
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    private IOException tooLarge() {
        return new IOException(NLS.bind(Messages.fetchTooLarge, Integer.valueOf(maxBytes)));
    }
}
