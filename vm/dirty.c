/* dirty.c — dirty threads and their completion queue (see dirty.h). */
#include "dirty.h"

#include <stdlib.h>

#include "sched.h"

static void *dirty_thread(void *arg) {
    bl_dirty *d = arg;
    pthread_mutex_lock(&d->lock);
    for (;;) {
        while (!d->queue && !d->stopping) {
            d->idle++;
            pthread_cond_wait(&d->work, &d->lock);
            d->idle--;
        }
        if (d->stopping) break;
        bl_dirty_job *job = d->queue;
        d->queue = job->next;
        if (!d->queue) d->queue_tail = &d->queue;
        d->nqueued--;
        pthread_mutex_unlock(&d->lock);
        job->run(job);
        pthread_mutex_lock(&d->lock);
        job->next = NULL;
        *d->finished_tail = job;
        d->finished_tail = &job->next;
        sched_wake(d->vm);
    }
    pthread_mutex_unlock(&d->lock);
    return NULL;
}

/* The VM's dirty state, made on first use so that a VM that never makes a
 * dirty call has no threads. */
static bl_dirty *dirty_get(bl_vm *vm) {
    if (vm->dirty) return vm->dirty;
    bl_dirty *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    d->vm = vm;
    if (pthread_mutex_init(&d->lock, NULL) != 0) {
        free(d);
        return NULL;
    }
    if (pthread_cond_init(&d->work, NULL) != 0) {
        pthread_mutex_destroy(&d->lock);
        free(d);
        return NULL;
    }
    d->queue_tail = &d->queue;
    d->finished_tail = &d->finished;
    vm->dirty = d;
    return d;
}

bool dirty_submit(bl_vm *vm, bl_dirty_job *job) {
    bl_dirty *d = dirty_get(vm);
    if (!d) return false;
    pthread_mutex_lock(&d->lock);
    /* A thread for every job no idle thread will take, up to the limit. */
    if (d->nqueued + 1 > d->idle && d->nthreads < DIRTY_MAX_THREADS &&
        pthread_create(&d->threads[d->nthreads], NULL, dirty_thread, d) == 0)
        d->nthreads++;
    if (d->nthreads == 0) {
        pthread_mutex_unlock(&d->lock);
        return false;
    }
    job->next = NULL;
    *d->queue_tail = job;
    d->queue_tail = &job->next;
    d->nqueued++;
    pthread_cond_signal(&d->work);
    pthread_mutex_unlock(&d->lock);
    d->in_flight++;
    return true;
}

/* Takes the finished jobs off the queue, oldest first. */
static bl_dirty_job *dirty_take_finished(bl_dirty *d) {
    pthread_mutex_lock(&d->lock);
    bl_dirty_job *jobs = d->finished;
    d->finished = NULL;
    d->finished_tail = &d->finished;
    pthread_mutex_unlock(&d->lock);
    return jobs;
}

void dirty_poll(bl_vm *vm) {
    if (!dirty_in_flight(vm)) return;
    for (bl_dirty_job *job = dirty_take_finished(vm->dirty), *next; job; job = next) {
        next = job->next;
        vm->dirty->in_flight--;
        /* The process may have died meanwhile: then nobody wants the reply. */
        bl_process *p = sched_lookup(vm, job->pid);
        bl_message *msg = job->finish(vm, job, p != NULL);
        if (msg) sched_deliver(vm, p, msg);
    }
}

void dirty_shutdown(bl_vm *vm) {
    bl_dirty *d = vm->dirty;
    if (!d) return;
    pthread_mutex_lock(&d->lock);
    d->stopping = true;
    pthread_cond_broadcast(&d->work);
    pthread_mutex_unlock(&d->lock);
    for (unsigned i = 0; i < d->nthreads; i++) pthread_join(d->threads[i], NULL);
    /* Only this thread is left: the queues need no lock. */
    bl_dirty_job *lists[2] = {d->finished, d->queue};
    for (int i = 0; i < 2; i++)
        for (bl_dirty_job *job = lists[i], *next; job; job = next) {
            next = job->next;
            job->finish(vm, job, false);
        }
    pthread_cond_destroy(&d->work);
    pthread_mutex_destroy(&d->lock);
    free(d);
    vm->dirty = NULL;
}
